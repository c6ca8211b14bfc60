# shlex for Loopscope's MicroPython: split (POSIX rules, optional comments), quote and join, as
# CPython 3.11's module gives them for the shell-like strings scripts parse.

__all__ = ["split", "quote", "join"]

_WHITESPACE = " \t\r\n"
# The characters quote() leaves unquoted (CPython's _find_unsafe: \w plus these), ASCII only.
_SAFE_PUNCT = "@%+=:,./-_"


def split(s, comments=False, posix=True):
    """Split s as a POSIX shell does: quotes group, backslash escapes, '#' starts a comment."""
    if s is None:
        raise ValueError("s argument must not be None")
    if not posix:
        raise NotImplementedError("shlex.split(posix=False) is not available in Loopscope")
    words = []
    word = None  # None: between words; a str (possibly empty, from "") inside one
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c in _WHITESPACE:
            if word is not None:
                words.append(word)
                word = None
            i += 1
        elif comments and c == "#" and word is None:
            end = s.find("\n", i)
            i = n if end < 0 else end + 1
        elif c == "\\":
            if i + 1 >= n:
                raise ValueError("No escaped character")
            word = (word or "") + s[i + 1]
            i += 2
        elif c == "'":
            end = s.find("'", i + 1)
            if end < 0:
                raise ValueError("No closing quotation")
            word = (word or "") + s[i + 1:end]
            i = end + 1
        elif c == '"':
            i += 1
            part = []
            while True:
                if i >= n:
                    raise ValueError("No closing quotation")
                c = s[i]
                if c == '"':
                    i += 1
                    break
                if c == "\\" and i + 1 < n and s[i + 1] in '\\"':  # only these, as CPython's shlex
                    part.append(s[i + 1])
                    i += 2
                    continue
                if c == "\\" and i + 1 >= n:
                    raise ValueError("No closing quotation")
                part.append(c)
                i += 1
            word = (word or "") + "".join(part)
        else:
            word = (word or "") + c
            i += 1
    if word is not None:
        words.append(word)
    return words


def _is_safe(c):
    return c.isalnum() and ord(c) < 128 or c in _SAFE_PUNCT


def quote(s):
    """A shell-escaped version of s: unchanged if safe, else in single quotes."""
    if not s:
        return "''"
    for c in s:
        if not _is_safe(c):
            return "'" + s.replace("'", "'\"'\"'") + "'"
    return s


def join(split_command):
    """The shell-escaped string of a list of words (the inverse of split)."""
    return " ".join(quote(arg) for arg in split_command)
