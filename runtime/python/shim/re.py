# re for Loopscope's MicroPython: CPython's regular-expression syntax and API, written in Python
# (MicroPython's own `re` is a small subset and is not in this build). A pattern is parsed into
# nodes and matched by backtracking; repeats of a single character (`\d+`, `.*`, `[a-z]{2,}`) are
# counted in a loop, so long subjects do not nest calls per character.
#
# Supported: literals and escapes (\d \w \s \b \B \A \Z, their negations, \n \t \xhh \uhhhh, octal),
# `.`, classes `[...]` with ranges/negation/escapes, `^ $`, `* + ? {m,n}` and their lazy forms,
# groups (capturing, `(?:...)`, `(?P<name>...)`, `(?P=name)`, backreferences `\1`), alternation,
# lookahead/lookbehind (fixed width), inline flags `(?aimsx)` at the start and `(?i:...)`, flags
# IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII; compile, match, search, fullmatch, findall,
# finditer, sub/subn (templates \1 \g<name>, callables), split, escape; Match and Pattern with
# CPython's reprs; re.error with CPython's messages and positions for the common mistakes.
#
# Sections: flags and errors; parser; matcher; Match and Pattern; module functions.

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile",
           "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII",
           "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG"]

# ---- flags and errors ----

# The matcher tests plain ints (_IGNORECASE...); the public names are RegexFlag members (below).
_TEMPLATE = 1
_IGNORECASE = 2
_LOCALE = 4
_MULTILINE = 8
_DOTALL = 16
_UNICODE = 32
_VERBOSE = 64
_DEBUG = 128
_ASCII = 256

_FLAG_LETTERS = {"a": _ASCII, "i": _IGNORECASE, "L": _LOCALE, "m": _MULTILINE, "s": _DOTALL, "u": _UNICODE,
                 "x": _VERBOSE}
# RegexFlag's definition order (its repr: re.ASCII|re.IGNORECASE); a Pattern's repr goes by bit
_FLAG_NAMES = [(_ASCII, "ASCII"), (_IGNORECASE, "IGNORECASE"), (_LOCALE, "LOCALE"), (_UNICODE, "UNICODE"),
               (_MULTILINE, "MULTILINE"), (_DOTALL, "DOTALL"), (_VERBOSE, "VERBOSE"), (_TEMPLATE, "TEMPLATE"),
               (_DEBUG, "DEBUG")]
_ALL_FLAGS = 511


def _flag_text(value, names):
    # re.IGNORECASE|re.MULTILINE; bits without a name as hex: re.IGNORECASE|0x400
    parts = ["re." + name for bit, name in names if value & bit]
    if value & ~_ALL_FLAGS:
        parts.append(hex(value & ~_ALL_FLAGS))
    return "|".join(parts)


class RegexFlag(int):
    # CPython's IntFlag of the re module: an int that prints as re.IGNORECASE; | & ^ ~ keep the type.
    def __repr__(self):
        value = int(self)
        if not value:
            return "re.NOFLAG"
        if not value & _ALL_FLAGS:
            return "re.RegexFlag(%d)" % value
        return _flag_text(value, _FLAG_NAMES)

    __str__ = __repr__

    def __format__(self, format_spec):
        if not format_spec:
            return str(self)
        return format(int(self), format_spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))


NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(_TEMPLATE)
IGNORECASE = I = RegexFlag(_IGNORECASE)
LOCALE = L = RegexFlag(_LOCALE)
MULTILINE = M = RegexFlag(_MULTILINE)
DOTALL = S = RegexFlag(_DOTALL)
UNICODE = U = RegexFlag(_UNICODE)
VERBOSE = X = RegexFlag(_VERBOSE)
DEBUG = RegexFlag(_DEBUG)
ASCII = A = RegexFlag(_ASCII)


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
            else:
                msg = "%s at position %d" % (msg, pos)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError = error

# ---- parser ----
# Nodes are tuples: (kind, ...). Kinds:
#   "lit", text                 a run of literal characters
#   "char", predicate            one character the predicate accepts
#   "any"                        . (DOTALL decides on newline at match time)
#   "bol" / "eol" / "bos" / "eos" / "wordb" / "nwordb"
#   "group", index|None, alternatives (list of node lists)
#   "rep", node, min, max|None, greedy
#   "backref", index
#   "look", alternatives, ahead(bool), negate(bool), width (lookbehind)
#   "flags", added, removed, alternatives    (?i:...)


_DIGITS = "0123456789"
_SPACES = " \t\n\r\x0b\x0c"
_SPECIAL = ".^$*+?{}[]\\|()"


def _is_word(c, ascii_only):
    if c == "_":
        return True
    if ascii_only:
        return "a" <= c <= "z" or "A" <= c <= "Z" or "0" <= c <= "9"
    return c.isalpha() or c.isdigit()


class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.groups = 1  # the next group's number
        self.groupindex = {}
        self.open_groups = []
        self.verbose = bool(flags & _VERBOSE)

    def error(self, msg, pos=None):
        return error(msg, self.p, self.i if pos is None else pos)

    def peek(self):
        self._skip_verbose()
        return self.p[self.i] if self.i < len(self.p) else None

    def _skip_verbose(self):
        if not self.verbose:
            return
        p = self.p
        while self.i < len(p):
            c = p[self.i]
            if c in _SPACES:
                self.i += 1
            elif c == "#":
                while self.i < len(p) and p[self.i] != "\n":
                    self.i += 1
            else:
                break

    def parse(self):
        self._leading_flags()
        alternatives = self.alternation()
        if self.i < len(self.p):
            if self.p[self.i] == ")":
                raise self.error("unbalanced parenthesis")
            raise self.error("unexpected end of pattern")
        return alternatives

    def _leading_flags(self):
        # (?aimsx) at the very start applies to the whole pattern.
        while self.p.startswith("(?", self.i) and self.i + 2 < len(self.p) and \
                self.p[self.i + 2] in _FLAG_LETTERS:
            j = self.i + 2
            added = 0
            while j < len(self.p) and self.p[j] in _FLAG_LETTERS:
                added |= _FLAG_LETTERS[self.p[j]]
                j += 1
            if j < len(self.p) and self.p[j] == ")":
                self.flags |= added
                self.verbose = bool(self.flags & _VERBOSE)
                self.i = j + 1
            else:
                break

    def alternation(self):
        alternatives = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            alternatives.append(self.sequence())
        return alternatives

    def sequence(self):
        nodes = []
        while True:
            c = self.peek()
            if c is None or c == "|" or c == ")":
                break
            start = self.i
            atom = self.atom()
            if atom is None:
                continue
            atom = self.quantifier(atom, start)
            if atom[0] == "lit" and nodes and nodes[-1][0] == "lit":
                nodes[-1] = ("lit", nodes[-1][1] + atom[1])
            else:
                nodes.append(atom)
        return nodes

    def quantifier(self, atom, start):
        c = self.peek()
        if c is None:
            return atom
        if c in "*+?":
            lo, hi = {"*": (0, None), "+": (1, None), "?": (0, 1)}[c]
            self.i += 1
        elif c == "{":
            bounds = self._braces()
            if bounds is None:
                return atom
            lo, hi = bounds
        else:
            return atom
        if atom[0] in ("bol", "eol", "bos", "eos", "wordb", "nwordb", "look") or atom is _NOTHING:
            raise self.error("nothing to repeat", start)
        greedy = True
        if self.i < len(self.p) and self.p[self.i] == "?":
            greedy = False
            self.i += 1
        if self.i < len(self.p) and self.p[self.i] in "*+?" or self.p.startswith("{", self.i) and \
                self._looks_like_braces(self.i):
            raise self.error("multiple repeat", self.i)
        if atom[0] == "lit" and len(atom[1]) > 1:
            # a quantifier applies to the last character only
            return ("seq_then", ("lit", atom[1][:-1]), ("rep", ("lit", atom[1][-1]), lo, hi, greedy))
        return ("rep", atom, lo, hi, greedy)

    def _looks_like_braces(self, i):
        j = self.p.find("}", i)
        if j < 0:
            return False
        body = self.p[i + 1:j]
        parts = body.split(",")
        return len(parts) <= 2 and all(part.isdigit() or part == "" for part in parts) and body != ","

    def _braces(self):
        i = self.i
        if not self._looks_like_braces(i):
            return None
        j = self.p.find("}", i)
        body = self.p[i + 1:j]
        if "," in body:
            lo_text, hi_text = body.split(",")
            lo = int(lo_text) if lo_text else 0
            hi = int(hi_text) if hi_text else None
        else:
            lo = hi = int(body)
        if hi is not None and hi < lo:
            raise self.error("min repeat greater than max repeat", i + 1)
        self.i = j + 1
        return lo, hi

    def atom(self):
        p = self.p
        c = p[self.i]
        start = self.i
        self.i += 1
        if c == ".":
            return ("any",)
        if c == "^":
            return ("bol",)
        if c == "$":
            return ("eol",)
        if c == "[":
            return self.char_class(start)
        if c == "(":
            return self.group(start)
        if c == "\\":
            return self.escape(start, in_class=False)
        if c in "*+?":
            raise self.error("nothing to repeat", start)
        if c == "{" and self._looks_like_braces(start):
            raise self.error("nothing to repeat", start)
        return ("lit", c)

    def group(self, start):
        p = self.p
        index = None
        name = None
        if p.startswith("?", self.i):
            self.i += 1
            if self.i >= len(p):
                raise self.error("unexpected end of pattern")
            c = p[self.i]
            if c == ":":
                self.i += 1
            elif c == "P":
                if p.startswith("P<", self.i):
                    end = p.find(">", self.i)
                    if end < 0:
                        raise self.error("missing >, unterminated name", self.i + 2)
                    name = p[self.i + 2:end]
                    if not name or not (name[0].isalpha() or name[0] == "_") or \
                            not all(_is_word(ch, False) for ch in name):
                        raise self.error("bad character in group name %r" % name, self.i + 2)
                    if name in self.groupindex:
                        raise self.error("redefinition of group name %r as group %d; was group %d"
                                         % (name, self.groups, self.groupindex[name]), self.i + 2)
                    self.i = end + 1
                elif p.startswith("P=", self.i):
                    end = p.find(")", self.i)
                    if end < 0:
                        raise self.error("missing ), unterminated name", self.i + 2)
                    ref = p[self.i + 2:end]
                    if ref not in self.groupindex:
                        raise self.error("unknown group name %r" % ref, self.i + 2)
                    self.i = end + 1
                    return ("backref", self.groupindex[ref])
                else:
                    raise self.error("unknown extension ?P" + p[self.i + 1:self.i + 2], self.i - 1)
            elif c in "=!":
                self.i += 1
                alternatives = self.alternation()
                self._close(start)
                return ("look", alternatives, True, c == "!", 0)
            elif c == "<" and p[self.i + 1:self.i + 2] in ("=", "!"):
                negate = p[self.i + 1] == "!"
                self.i += 2
                alternatives = self.alternation()
                self._close(start)
                width = _fixed_width(alternatives)
                if width is None:
                    raise self.error("look-behind requires fixed-width pattern", start)
                return ("look", alternatives, False, negate, width)
            elif c == "#":
                end = p.find(")", self.i)
                if end < 0:
                    raise self.error("missing ), unterminated comment", start)
                self.i = end + 1
                return None
            elif c in _FLAG_LETTERS or c == "-":
                added = removed = 0
                while self.i < len(p) and p[self.i] in _FLAG_LETTERS:
                    added |= _FLAG_LETTERS[p[self.i]]
                    self.i += 1
                if p.startswith("-", self.i):
                    self.i += 1
                    while self.i < len(p) and p[self.i] in _FLAG_LETTERS:
                        removed |= _FLAG_LETTERS[p[self.i]]
                        self.i += 1
                if p.startswith(":", self.i):
                    self.i += 1
                    alternatives = self.alternation()
                    self._close(start)
                    return ("flags", added, removed, alternatives)
                raise self.error("global flags not at the start of the expression", start)
            else:
                raise self.error("unknown extension ?" + c, start + 1)
        else:
            index = self.groups
            self.groups += 1
        if name is not None:
            index = self.groups
            self.groups += 1
            self.groupindex[name] = index
        self.open_groups.append(index)
        alternatives = self.alternation()
        self._close(start)
        self.open_groups.pop()
        return ("group", index, alternatives)

    def _close(self, start):
        if self.peek() != ")":
            raise self.error("missing ), unterminated subpattern", start)
        self.i += 1

    def escape(self, start, in_class):
        p = self.p
        if self.i >= len(p):
            raise self.error("bad escape (end of pattern)", start)
        c = p[self.i]
        self.i += 1
        ascii_only = bool(self.flags & _ASCII)
        simple = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
        if c in simple:
            return ("lit", simple[c])
        if c == "d":
            return ("char", _digit)
        if c == "D":
            return ("char", lambda ch: not _digit(ch))
        if c == "s":
            return ("char", _space)
        if c == "S":
            return ("char", lambda ch: not _space(ch))
        if c == "w":
            return ("char", (lambda ch: _is_word(ch, True)) if ascii_only else _word)
        if c == "W":
            return ("char", (lambda ch: not _is_word(ch, True)) if ascii_only else (lambda ch: not _word(ch)))
        if c == "x":
            digits = p[self.i:self.i + 2]
            if len(digits) != 2 or not all(ch in "0123456789abcdefABCDEF" for ch in digits):
                raise self.error("incomplete escape \\x" + digits, start)
            self.i += 2
            return ("lit", chr(int(digits, 16)))
        if c in "uU":
            n = 4 if c == "u" else 8
            digits = p[self.i:self.i + n]
            if len(digits) != n or not all(ch in "0123456789abcdefABCDEF" for ch in digits):
                raise self.error("incomplete escape \\%s%s" % (c, digits), start)
            self.i += n
            return ("lit", chr(int(digits, 16)))
        if c == "0":
            digits = "0"
            while self.i < len(p) and len(digits) < 3 and p[self.i] in "01234567":
                digits += p[self.i]
                self.i += 1
            return ("lit", chr(int(digits, 8)))
        if c in _DIGITS:
            if in_class:
                raise self.error("bad escape \\" + c, start)
            digits = c
            if self.i < len(p) and p[self.i] in _DIGITS:
                digits += p[self.i]
                self.i += 1
            n = int(digits)
            if n >= self.groups:
                raise self.error("invalid group reference %d" % n, start + 1)
            if n in self.open_groups:
                raise self.error("cannot refer to an open group", start)
            return ("backref", n)
        if not in_class:
            if c == "b":
                return ("wordb",)
            if c == "B":
                return ("nwordb",)
            if c == "A":
                return ("bos",)
            if c == "Z":
                return ("eos",)
        elif c == "b":
            return ("lit", "\b")
        if c.isalpha() or c.isdigit():
            raise self.error("bad escape \\" + c, start)
        return ("lit", c)

    def char_class(self, start):
        p = self.p
        negate = False
        if self.i < len(p) and p[self.i] == "^":
            negate = True
            self.i += 1
        items = []  # (lo, hi) ranges and predicates
        first = True
        while True:
            if self.i >= len(p):
                raise self.error("unterminated character set", start)
            c = p[self.i]
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            item_start = self.i
            if c == "\\":
                self.i += 1
                node = self.escape(item_start, in_class=True)
                if node[0] == "char":
                    items.append(node[1])
                    continue
                lo = node[1]
            else:
                lo = c
                self.i += 1
            if p.startswith("-", self.i) and self.i + 1 < len(p) and p[self.i + 1] != "]":
                self.i += 1
                c2 = p[self.i]
                if c2 == "\\":
                    self.i += 1
                    node = self.escape(self.i - 1, in_class=True)
                    if node[0] == "char":
                        raise self.error("bad character range %s-%s" % (lo, p[self.i - 2:self.i]),
                                         item_start)
                    hi = node[1]
                else:
                    hi = c2
                    self.i += 1
                if hi < lo:
                    raise self.error("bad character range %s-%s" % (lo, hi), item_start)
                items.append((lo, hi))
            else:
                items.append((lo, lo))
        return ("class", items, negate)


_NOTHING = ("lit", "")


def _digit(ch):
    return "0" <= ch <= "9"


def _space(ch):
    return ch in _SPACES


def _word(ch):
    return _is_word(ch, False)


def _fixed_width(alternatives):
    widths = set()
    for seq in alternatives:
        w = _seq_width(seq)
        if w is None:
            return None
        widths.add(w)
    return widths.pop() if len(widths) == 1 else None


def _seq_width(seq):
    total = 0
    for node in seq:
        kind = node[0]
        if kind == "lit":
            total += len(node[1])
        elif kind in ("char", "any", "class"):
            total += 1
        elif kind in ("bol", "eol", "bos", "eos", "wordb", "nwordb", "look"):
            pass
        elif kind == "group":
            w = _fixed_width(node[2])
            if w is None:
                return None
            total += w
        elif kind == "flags":
            w = _fixed_width(node[3])
            if w is None:
                return None
            total += w
        elif kind == "rep":
            if node[3] != node[2]:
                return None
            w = _seq_width([node[1]])
            if w is None:
                return None
            total += w * node[2]
        elif kind == "seq_then":
            w = _seq_width([node[1], node[2]])
            if w is None:
                return None
            total += w
        else:
            return None
    return total


# ---- matcher ----

class _State:
    def __init__(self, string, pos, endpos, flags, ngroups):
        self.s = string
        self.start = pos
        self.end = endpos
        self.marks = [None] * (2 * ngroups)
        self.flags = flags


def _class_matches(items, negate, ch, icase):
    def test(c):
        for item in items:
            if isinstance(item, tuple):
                if item[0] <= c <= item[1]:
                    return True
            elif item(c):
                return True
        return False
    found = test(ch)
    if not found and icase:
        found = test(ch.lower()) or test(ch.upper())
    return found != negate


def _single(node, ch, flags):
    # Whether a one-character node accepts ch.
    kind = node[0]
    if kind == "lit":
        text = node[1]
        if flags & _IGNORECASE:
            return ch.lower() == text.lower()
        return ch == text
    if kind == "char":
        return node[1](ch)
    if kind == "any":
        return ch != "\n" or bool(flags & _DOTALL)
    if kind == "class":
        return _class_matches(node[1], node[2], ch, bool(flags & _IGNORECASE))
    return False


def _is_single(node):
    return node[0] in ("char", "any", "class") or (node[0] == "lit" and len(node[1]) == 1)


def _at_word_boundary(state, pos):
    s = state.s
    ascii_only = bool(state.flags & _ASCII)
    before = pos > 0 and _is_word(s[pos - 1], ascii_only)
    after = pos < len(s) and _is_word(s[pos], ascii_only)
    return before != after


def _match_alts(state, alternatives, pos, flags, k):
    for seq in alternatives:
        result = _match_seq(state, seq, 0, pos, flags, k)
        if result is not None:
            return result
    return None


def _match_seq(state, seq, i, pos, flags, k):
    s = state.s
    end = state.end
    while i < len(seq):
        node = seq[i]
        kind = node[0]
        if kind == "lit":
            text = node[1]
            n = len(text)
            if pos + n > end:
                return None
            piece = s[pos:pos + n]
            if piece != text and not (flags & _IGNORECASE and piece.lower() == text.lower()):
                return None
            pos += n
        elif kind in ("char", "any", "class"):
            if pos >= end or not _single(node, s[pos], flags):
                return None
            pos += 1
        elif kind == "bol":
            if not (pos == 0 or (flags & _MULTILINE and s[pos - 1] == "\n")):
                return None
        elif kind == "eol":
            at_end = pos == len(s) or (pos == len(s) - 1 and s[pos] == "\n")
            if not (at_end or (flags & _MULTILINE and pos < len(s) and s[pos] == "\n")):
                return None
        elif kind == "bos":
            if pos != 0:
                return None
        elif kind == "eos":
            if pos != len(s):
                return None
        elif kind == "wordb":
            if not _at_word_boundary(state, pos):
                return None
        elif kind == "nwordb":
            if _at_word_boundary(state, pos) or not s:
                return None
        elif kind == "backref":
            marks = state.marks
            a, b = marks[2 * node[1]], marks[2 * node[1] + 1]
            if a is None or b is None:
                return None
            text = s[a:b]
            piece = s[pos:pos + len(text)]
            if piece != text and not (flags & _IGNORECASE and piece.lower() == text.lower()):
                return None
            pos += len(text)
        else:
            return _match_complex(state, seq, i, pos, flags, k)
        i += 1
    return k(pos)


def _match_complex(state, seq, i, pos, flags, k):
    node = seq[i]
    kind = node[0]

    def rest(p):
        return _match_seq(state, seq, i + 1, p, flags, k)

    if kind == "group":
        index = node[1]
        if index is None:
            return _match_alts(state, node[2], pos, flags, rest)
        marks = state.marks
        old = (marks[2 * index], marks[2 * index + 1])

        def close(p):
            saved = (marks[2 * index], marks[2 * index + 1])
            marks[2 * index], marks[2 * index + 1] = pos, p
            result = rest(p)
            if result is None:
                marks[2 * index], marks[2 * index + 1] = saved
            return result

        result = _match_alts(state, node[2], pos, flags, close)
        if result is None:
            marks[2 * index], marks[2 * index + 1] = old
        return result
    if kind == "flags":
        inner = (flags | node[1]) & ~node[2]
        return _match_alts(state, node[3], pos, inner, rest)
    if kind == "seq_then":
        return _match_seq(state, [node[1], node[2]] + seq[i + 1:], 0, pos, flags, k)
    if kind == "look":
        alternatives, ahead, negate, width = node[1], node[2], node[3], node[4]
        if ahead:
            saved = list(state.marks)
            found = _match_alts(state, alternatives, pos, flags, lambda p: p) is not None
        else:
            saved = list(state.marks)
            start = pos - width
            found = start >= 0 and _match_alts(state, alternatives, start, flags,
                                               lambda p: p if p == pos else None) is not None
        if found == negate:
            state.marks[:] = saved
            return None
        if negate:
            state.marks[:] = saved
        return rest(pos)
    if kind == "rep":
        return _match_repeat(state, node, pos, flags, rest)
    raise error("internal: unknown node %r" % (kind,))


def _match_repeat(state, node, pos, flags, k):
    _, item, lo, hi, greedy = node
    s = state.s
    end = state.end
    if _is_single(item):
        # Count the run once, then try the continuation from the longest (or shortest) run.
        limit = end if hi is None else min(end, pos + hi)
        n = pos
        while n < limit and _single(item, s[n], flags):
            n += 1
        if n - pos < lo:
            return None
        if greedy:
            for p in range(n, pos + lo - 1, -1):
                result = k(p)
                if result is not None:
                    return result
            return None
        for p in range(pos + lo, n + 1):
            result = k(p)
            if result is not None:
                return result
        return None

    plain = _plain_sequence(item)
    if plain is not None:
        return _repeat_plain(state, plain, item, pos, lo, hi, greedy, flags, k)

    def attempt(count, p):
        if hi is not None and count >= hi:
            return k(p) if count >= lo else None

        def again(q):
            if q == p and count >= lo:
                return None  # an empty iteration cannot repeat forever
            return attempt(count + 1, q)

        if count < lo:
            return _match_seq(state, [item], 0, p, flags, again)
        if greedy:
            result = _match_seq(state, [item], 0, p, flags, again)
            if result is not None:
                return result
            return k(p)
        result = k(p)
        if result is not None:
            return result
        return _match_seq(state, [item], 0, p, flags, again)

    return attempt(0, pos)


def _plain_sequence(item):
    # The nodes of a repeated item that cannot backtrack inside (literals and single characters, or a
    # group of one such sequence), or None. Such repeats are counted in a loop, not by recursion.
    nodes = [item]
    if item[0] == "group" and len(item[2]) == 1:
        nodes = item[2][0]
    if nodes and all(n[0] == "lit" or n[0] in ("char", "any", "class") for n in nodes):
        return nodes
    return None


def _step_plain(state, nodes, pos, flags):
    s = state.s
    for node in nodes:
        if node[0] == "lit":
            text = node[1]
            piece = s[pos:pos + len(text)]
            if pos + len(text) > state.end or (piece != text and not (flags & _IGNORECASE and
                                                                      piece.lower() == text.lower())):
                return None
            pos += len(text)
        else:
            if pos >= state.end or not _single(node, s[pos], flags):
                return None
            pos += 1
    return pos


def _repeat_plain(state, nodes, item, pos, lo, hi, greedy, flags, k):
    ends = [pos]
    while hi is None or len(ends) - 1 < hi:
        q = _step_plain(state, nodes, ends[-1], flags)
        if q is None or q == ends[-1]:
            break
        ends.append(q)
    if len(ends) - 1 < lo:
        return None
    index = item[1] if item[0] == "group" else None
    marks = state.marks
    old = (marks[2 * index], marks[2 * index + 1]) if index is not None else None
    counts = range(len(ends) - 1, lo - 1, -1) if greedy else range(lo, len(ends))
    for count in counts:
        if index is not None:
            if count:
                marks[2 * index], marks[2 * index + 1] = ends[count - 1], ends[count]
            else:
                marks[2 * index], marks[2 * index + 1] = old
        result = k(ends[count])
        if result is not None:
            return result
    if index is not None:
        marks[2 * index], marks[2 * index + 1] = old
    return None


# ---- Match and Pattern ----

class Match:
    def __init__(self, pattern, string, pos, endpos, marks):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._marks = marks

    def _index(self, group):
        if isinstance(group, str):
            try:
                return self.re.groupindex[group]
            except KeyError:
                raise IndexError("no such group") from None
        if isinstance(group, int) and 0 <= group <= self.re.groups:
            return group
        raise IndexError("no such group")

    def span(self, group=0):
        i = self._index(group)
        a, b = self._marks[2 * i], self._marks[2 * i + 1]
        return (-1, -1) if a is None or b is None else (a, b)

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def group(self, *groups):
        if not groups:
            groups = (0,)
        values = []
        for g in groups:
            a, b = self.span(g)
            values.append(None if a < 0 else self.string[a:b])
        return values[0] if len(values) == 1 else tuple(values)

    def __getitem__(self, g):
        return self.group(g)

    def groups(self, default=None):
        result = []
        for i in range(1, self.re.groups + 1):
            value = self.group(i)
            result.append(default if value is None else value)
        return tuple(result)

    def groupdict(self, default=None):
        result = {}
        for name, i in self.re.groupindex.items():
            value = self.group(i)
            result[name] = default if value is None else value
        return result

    @property
    def lastindex(self):
        best = None
        best_end = -1
        for i in range(1, self.re.groups + 1):
            a, b = self._marks[2 * i], self._marks[2 * i + 1]
            if a is not None and b is not None and b > best_end:  # ties: the outer group closed last
                best, best_end = i, b
        return best

    @property
    def lastgroup(self):
        index = self.lastindex
        for name, i in self.re.groupindex.items():
            if i == index:
                return name
        return None

    @property
    def regs(self):
        return tuple(self.span(i) for i in range(self.re.groups + 1))

    def expand(self, template):
        return _expand_template(self.re, template)(self)

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group())

    def __bool__(self):
        return True


class Pattern:
    def __init__(self, pattern, flags):
        if isinstance(pattern, (bytes, bytearray)):
            raise TypeError("this interpreter's re takes str patterns only")
        self.pattern = pattern
        parser = _Parser(pattern, int(flags))
        self._alternatives = parser.parse()
        self.flags = parser.flags | (_UNICODE if not parser.flags & _ASCII else 0)
        self.groups = parser.groups - 1
        self.groupindex = dict(parser.groupindex)

    def __repr__(self):
        text = repr(self.pattern)
        flags = self.flags & ~_UNICODE  # implied for str patterns
        if not flags:
            return "re.compile(%s)" % text
        return "re.compile(%s, %s)" % (text, _flag_text(flags, sorted(_FLAG_NAMES)))

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _at(self, string, start, endpos, full, must_advance=False):
        state = _State(string, start, endpos, self.flags, self.groups + 1)

        def finish(p):
            if full and p != endpos:
                return None
            if must_advance and p == start:
                return None
            return p

        end = _match_alts(state, self._alternatives, start, self.flags, finish)
        if end is None:
            return None
        state.marks[0], state.marks[1] = start, end
        return state.marks

    def _bounds(self, string, pos, endpos):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        n = len(string)
        endpos = n if endpos is None else min(max(endpos, 0), n)
        pos = min(max(pos, 0), n)
        return pos, endpos

    def match(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        if endpos < pos:
            return None
        marks = self._at(string, pos, endpos, False)
        return None if marks is None else Match(self, string, pos, endpos, marks)

    def fullmatch(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        if endpos < pos:
            return None
        marks = self._at(string, pos, endpos, True)
        return None if marks is None else Match(self, string, pos, endpos, marks)

    def _search(self, string, pos, endpos, must_advance=False):
        if endpos < pos:
            return None
        for start in range(pos, endpos + 1):
            marks = self._at(string, start, endpos, False, must_advance and start == pos)
            if marks is not None:
                return Match(self, string, pos, endpos, marks)
        return None

    def search(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        return self._search(string, pos, endpos)

    def finditer(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        must_advance = False
        while pos <= endpos:
            m = self._search(string, pos, endpos, must_advance)
            if m is None:
                return
            yield m
            must_advance = m.end() == m.start()
            pos = m.end()

    def findall(self, string, pos=0, endpos=None):
        result = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                result.append(m.group())
            elif self.groups == 1:
                result.append(m.group(1) or "")
            else:
                result.append(tuple(g or "" for g in m.groups()))
        return result

    def split(self, string, maxsplit=0):
        result = []
        last = 0
        count = 0
        for m in self.finditer(string):
            if maxsplit and count >= maxsplit:
                break
            result.append(string[last:m.start()])
            result.extend(m.groups())
            last = m.end()
            count += 1
        result.append(string[last:])
        return result

    def subn(self, repl, string, count=0):
        if callable(repl):
            make = repl
        else:
            make = _expand_template(self, repl)
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            out.append(string[last:m.start()])
            out.append(make(m))
            last = m.end()
            n += 1
        out.append(string[last:])
        return "".join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("Pattern.scanner")


def _expand_template(pattern, template):
    # A function of a Match giving the replacement text (\1, \g<name>, \g<1>, \n escapes).
    parts = []  # strings and group indexes
    i = 0
    literal = []
    n = len(template)
    escapes = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "b": "\b", "\\": "\\"}
    while i < n:
        c = template[i]
        if c != "\\" or i + 1 >= n:
            if c == "\\":
                raise error("bad escape (end of pattern)", template, i)
            literal.append(c)
            i += 1
            continue
        d = template[i + 1]
        if d == "g":
            end = template.find(">", i)
            if not template.startswith("<", i + 2) or end < 0:
                raise error("missing <" if not template.startswith("<", i + 2) else "missing >, unterminated name",
                            template, i + 2)
            name = template[i + 3:end]
            if name.isdigit():
                index = int(name)
                if index > pattern.groups:
                    raise error("invalid group reference %d" % index, template, i + 3)
            elif name in pattern.groupindex:
                index = pattern.groupindex[name]
            else:
                raise IndexError("unknown group name %r" % name)
            parts.append("".join(literal))
            literal = []
            parts.append(index)
            i = end + 1
        elif d in _DIGITS:
            j = i + 2
            if j < n and template[j] in _DIGITS:
                j += 1
            index = int(template[i + 1:j])
            if index > pattern.groups:
                raise error("invalid group reference %d" % index, template, i + 1)
            parts.append("".join(literal))
            literal = []
            parts.append(index)
            i = j
        elif d in escapes:
            literal.append(escapes[d])
            i += 2
        elif d.isalpha():
            raise error("bad escape \\" + d, template, i)
        else:
            literal.append("\\" + d)
            i += 2
    parts.append("".join(literal))

    def expand(m):
        out = []
        for part in parts:
            if isinstance(part, str):
                out.append(part)
            else:
                out.append(m.group(part) or "")
        return "".join(out)

    return expand


# ---- module functions ----

_cache = {}
_MAXCACHE = 512


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if type(flags) is not int:
        flags = int(flags)  # a RegexFlag: the matcher and the cache key take the plain int
    key = (type(pattern), pattern, flags)
    compiled = _cache.get(key)
    if compiled is None:
        compiled = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = compiled
    return compiled


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


_ESCAPED = set("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _ESCAPED else c for c in pattern)
    raise TypeError("escape() takes str here")
