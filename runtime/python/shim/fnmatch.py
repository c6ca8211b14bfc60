# fnmatch for Loopscope's MicroPython: shell-style wildcards as CPython 3.11 on POSIX has them:
# fnmatch, fnmatchcase (both case-sensitive here, as POSIX's normcase changes nothing), filter, and
# translate giving CPython's exact regular-expression text ("(?s:.*\.py)\Z"). Matching does not go
# through a regex: patterns are compiled to tokens (literal, "?", "*", a bracket set) and matched by
# a small backtracking matcher, which gives the regex's results. str and bytes patterns (bytes are
# matched as latin-1 text, as CPython does).

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_STAR = "*"
_ANY = "?"
_cache = {}
_CACHE_MAX = 256
# The characters re.escape() escapes (CPython 3.7+), for translate().
_RE_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def _bracket(pat, i):
    # The bracket expression whose "[" is at pat[i - 1]: (negated, [(lo, hi, is_range), ...], index
    # after "]"), or None when there is no closing "]" (then "[" is an ordinary character). A "]"
    # right after "[" or "[!" belongs to the set; a "-" between two characters makes a range; an
    # empty range (z-a) matches nothing; "-" first or last is itself.
    n = len(pat)
    j = i
    negated = j < n and pat[j] == "!"
    if negated:
        j += 1
    start = j
    if j < n and pat[j] == "]":
        j += 1
    while j < n and pat[j] != "]":
        j += 1
    if j >= n:
        return None
    body = pat[start:j]
    ranges = []
    k = 0
    while k < len(body):
        if k + 2 < len(body) and body[k + 1] == "-":
            ranges.append((body[k], body[k + 2], True))
            k += 3
        else:
            ranges.append((body[k], body[k], False))
            k += 1
    # CPython escapes "-" inside a set and drops reversed ranges: the same characters remain.
    ranges = [r for r in ranges if r[0] <= r[1]]
    return negated, ranges, j + 1


def _tokens(pat):
    # The pattern as a list of tokens: a character, _ANY, _STAR (runs of "*" made one) or a set
    # tuple (negated, ranges).
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not out or out[-1] is not _STAR:
                out.append(_STAR)
        elif c == "?":
            out.append(_ANY)
        elif c == "[":
            found = _bracket(pat, i)
            if found is None:
                out.append(("lit", "["))
            else:
                negated, ranges, i = found
                out.append(("set", negated, ranges))
        else:
            out.append(("lit", c))
    return out


def _one(token, c):
    # Whether the single-character token accepts c.
    if token is _ANY:
        return True
    if token[0] == "lit":
        return token[1] == c
    inside = False
    for lo, hi, _ in token[2]:
        if lo <= c <= hi:
            inside = True
            break
    return inside != token[1]


def _match(tokens, name):
    # Glob matching with one backtrack point: the latest "*" grows by one character when the rest
    # fails (enough, since every other token is exactly one character).
    t = s = 0
    star_t = star_s = -1
    nt, ns = len(tokens), len(name)
    while s < ns:
        if t < nt and tokens[t] is _STAR:
            star_t, star_s = t, s
            t += 1
        elif t < nt and _one(tokens[t], name[s]):
            t += 1
            s += 1
        elif star_t >= 0:
            star_s += 1
            s = star_s
            t = star_t + 1
        else:
            return False
    while t < nt and tokens[t] is _STAR:
        t += 1
    return t == nt


def _latin1(data):
    # bytes as text, one character per byte (this build's bytes.decode knows no latin-1).
    return "".join([chr(b) for b in data])


def _compiled(pat):
    key = (type(pat), pat)
    tokens = _cache.get(key)
    if tokens is None:
        text = _latin1(pat) if isinstance(pat, bytes) else pat
        tokens = _tokens(text)
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()
        _cache[key] = tokens
    return tokens


def _text(name, pat):
    # name as text to match pat against; CPython's TypeError when str and bytes are mixed.
    if isinstance(pat, bytes):
        if not isinstance(name, bytes):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        return _latin1(name)
    if isinstance(name, bytes):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    if not isinstance(name, str):
        raise TypeError("expected string or bytes-like object, got '%s'" % type(name).__name__)
    return name


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    import os
    return os.fspath(p)


def fnmatchcase(name, pat):
    if not isinstance(pat, (str, bytes)):
        # CPython's text (from its translate()).
        raise TypeError("object of type '%s' has no len()" % type(pat).__name__)
    return _match(_compiled(pat), _text(name, pat))


def fnmatch(name, pat):
    # POSIX: normcase changes nothing, so this is fnmatchcase (paths given as PathLike allowed).
    return fnmatchcase(_fspath(name), _fspath(pat))


def filter(names, pat):
    pat = _fspath(pat)
    return [name for name in names if fnmatchcase(_fspath(name), pat)]


def _escape(c):
    return "\\" + c if c in _RE_SPECIAL else c


def _set_text(negated, ranges):
    # CPython's text for a set: "[...]" with "\", "-", "&", "~", "|" escaped, "^" or "[" escaped
    # when first; "(?!)" when nothing is in it, "." when negated and empty.
    if not ranges:
        return "." if negated else "(?!)"
    parts = []
    for lo, hi, is_range in ranges:
        parts.append(_set_char(lo) + "-" + _set_char(hi) if is_range else _set_char(lo))
    body = "".join(parts)
    if negated:
        return "[^" + body + "]"
    if body[0] in "^[":
        body = "\\" + body
    return "[" + body + "]"


def _set_char(c):
    if c in "\\-&~|":
        return "\\" + c
    return c


def translate(pat):
    # The regex CPython's fnmatch compiles pat to: "*" runs become ".*" at the end and
    # "(?>.*?FIXED)" (an atomic, lazy group) before a further "*".
    pieces = []
    for token in _tokens(pat):
        if token is _STAR:
            pieces.append(_STAR)
        elif token is _ANY:
            pieces.append(".")
        elif token[0] == "lit":
            pieces.append(_escape(token[1]))
        else:
            pieces.append(_set_text(token[1], token[2]))
    out = []
    i, n = 0, len(pieces)
    while i < n and pieces[i] is not _STAR:
        out.append(pieces[i])
        i += 1
    while i < n:
        i += 1  # the star
        fixed = []
        while i < n and pieces[i] is not _STAR:
            fixed.append(pieces[i])
            i += 1
        if i < n:
            out.append("(?>.*?" + "".join(fixed) + ")")
        else:
            out.append(".*" + "".join(fixed))
    return "(?s:" + "".join(out) + ")\\Z"
