# The str methods CPython 3.11 has and MicroPython's py/objstr.c lacks, with CPython's error
# messages: center(width, fillchar), swapcase, title, istitle, casefold, expandtabs, isidentifier,
# isascii, isdecimal, isnumeric, removeprefix, removesuffix, format_map, maketrans, translate,
# capitalize and isalnum.
# port/str_methods.c puts them in str's method table (patch 0201) and calls these functions with
# the string as the first argument. Case mapping is MicroPython's (ASCII letters only).

__all__ = [
    "center", "swapcase", "title", "istitle", "casefold", "expandtabs", "isidentifier", "isascii",
    "isdecimal", "isnumeric", "removeprefix", "removesuffix", "format_map", "maketrans", "translate",
    "capitalize", "isalnum",
]

# Decimal digits beyond ASCII (Unicode category Nd): Arabic-Indic, Devanagari, Bengali, Thai,
# fullwidth. Each entry is the code point of a zero; the nine after it are the other digits.
_DECIMAL_ZEROS = (0x30, 0x660, 0x6F0, 0x966, 0x9E6, 0xE50, 0xFF10)
# Numeric characters that are not decimal digits: super/subscripts, circled digits, vulgar
# fractions, Roman numerals, the common CJK numerals.
_NUMERIC_OTHER = (
    "²³¹⁰⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉①②③④⑤⑥⑦⑧⑨⑩¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
    "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫⅬⅭⅮⅯⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹ〇一二三四五六七八九十百千万億兆"
)


def _check_str(name, value):
    if not isinstance(value, str):
        raise TypeError("%s() argument must be str, not %s" % (name, type(value).__name__))


def _is_decimal_char(c):
    code = ord(c)
    for zero in _DECIMAL_ZEROS:
        if zero <= code <= zero + 9:
            return True
    return False


def _is_cased(c):
    return c.upper() != c.lower()


def center(self, width, fillchar=" "):
    is_bytes = isinstance(self, (bytes, bytearray))
    if is_bytes:
        if not isinstance(fillchar, (bytes, bytearray)) or len(fillchar) != 1:
            raise TypeError(
                "center() argument 2 must be a byte string of length 1, not %s" % type(fillchar).__name__
            )
    else:
        if not isinstance(fillchar, str):
            raise TypeError("The fill character must be a unicode character, not %s" % type(fillchar).__name__)
        if len(fillchar) != 1:
            raise TypeError("The fill character must be exactly one character long")
    if not isinstance(width, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(width).__name__)
    margin = width - len(self)
    if margin <= 0:
        return self if type(self) in (str, bytes) else type(self)(self)
    # CPython puts the odd extra character on the left when the width is odd
    left = margin // 2 + (margin & width & 1)
    return fillchar * left + self + fillchar * (margin - left)


def _lower_at(s, i):
    # Unicode's final sigma, as str.lower() has it: a capital sigma after a cased letter and not
    # before one becomes the final form
    c = s[i]
    if c == "\u03a3" and i > 0 and _is_cased(s[i - 1]) and (i + 1 == len(s) or not _is_cased(s[i + 1])):
        return "\u03c2"
    return c.lower()


def swapcase(self):
    return "".join(_lower_at(self, i) if c.isupper() else c.upper() if c.islower() else c
                   for i, c in enumerate(self))


def title(self):
    out = []
    previous_cased = False
    for i, c in enumerate(self):
        if _is_cased(c):
            out.append(_lower_at(self, i) if previous_cased else c.upper())
            previous_cased = True
        else:
            out.append(c)
            previous_cased = False
    return "".join(out)


def istitle(self):
    previous_cased = False
    any_cased = False
    for c in self:
        if c.isupper():
            if previous_cased:
                return False
            previous_cased = any_cased = True
        elif c.islower():
            if not previous_cased:
                return False
            previous_cased = any_cased = True
        else:
            previous_cased = False
    return any_cased


# Full case folding beyond lower(): letters whose folded form differs from their lower case
_FOLDS = {"ß": "ss", "ſ": "s", "µ": "μ", "ŉ": "ʼn", "ς": "σ"}


def casefold(self):
    lowered = self.lower()
    for c in lowered:
        if c in _FOLDS:
            return "".join(_FOLDS.get(c, c) for c in lowered)
    return lowered


def expandtabs(self, tabsize=8):
    if not isinstance(tabsize, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(tabsize).__name__)
    out = []
    column = 0
    for c in self:
        if c == "\t":
            if tabsize > 0:
                spaces = tabsize - column % tabsize
                out.append(" " * spaces)
                column += spaces
        elif c == "\n" or c == "\r":
            out.append(c)
            column = 0
        else:
            out.append(c)
            column += 1
    return "".join(out)


def isidentifier(self):
    if not self:
        return False
    for i, c in enumerate(self):
        code = ord(c)
        if c == "_" or c.isalpha() or (code > 127 and _is_cased(c)):
            continue
        if i > 0 and (c.isdigit() or _is_decimal_char(c)):
            continue
        if code > 127 and not (c in _NUMERIC_OTHER or c.isspace()) and code not in range(0x2000, 0x3000):
            continue  # other non-ASCII letters (CJK, accented): MicroPython knows no categories
        return False
    return True


def isascii(self):
    for c in self:
        if ord(c) > 127:
            return False
    return True


def isdecimal(self):
    if not self:
        return False
    for c in self:
        if not _is_decimal_char(c):
            return False
    return True


def isnumeric(self):
    if not self:
        return False
    for c in self:
        if not (_is_decimal_char(c) or c in _NUMERIC_OTHER):
            return False
    return True


def removeprefix(self, prefix):
    _check_str("removeprefix", prefix)
    if prefix and self.startswith(prefix):
        return self[len(prefix):]
    return self[:]


def removesuffix(self, suffix):
    _check_str("removesuffix", suffix)
    if suffix and self.endswith(suffix):
        return self[: len(self) - len(suffix)]
    return self[:]


def _field_names(text):
    # The root name of each replacement field ({name.attr}, {name[key]:{width}}), nested ones too
    names = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "{":
            if i + 1 < n and text[i + 1] == "{":
                i += 2
                continue
            j = i + 1
            while j < n and text[j] not in ".[!:{}":
                j += 1
            names.append(text[i + 1 : j])
            i = j
            continue
        i += 1
    return names


def format_map(self, mapping):
    values = {}
    for name in _field_names(self):
        if name == "" or name.isdigit():
            raise ValueError("Format string contains positional fields")
        if name not in values:
            values[name] = mapping[name]  # mapping's own __getitem__/__missing__, as CPython
    return self.format(**values)


def maketrans(*args):
    if not 1 <= len(args) <= 3:
        raise TypeError(
            "maketrans expected at %s, got %d"
            % ("least 1 argument" if not args else "most 3 arguments", len(args))
        )
    x, y, z = (tuple(args) + (None, None))[:3]
    table = {}
    if y is None:
        if z is not None:
            raise TypeError("maketrans() argument 2 must be str, not None")
        if not isinstance(x, dict):
            raise TypeError("if you give only one argument to maketrans it must be a dict")
        for key, value in x.items():
            if isinstance(key, str):
                if len(key) != 1:
                    raise ValueError("string keys in translate table must be of length 1")
                table[ord(key)] = value
            elif isinstance(key, int):
                table[key] = value
            else:
                raise TypeError("keys in translate table must be strings or integers")
        return table
    if not isinstance(x, str):
        raise TypeError("maketrans() argument 1 must be str, not %s" % type(x).__name__)
    if not isinstance(y, str):
        raise TypeError("maketrans() argument 2 must be str, not %s" % type(y).__name__)
    if len(x) != len(y):
        raise ValueError("the first two maketrans arguments must have equal length")
    for a, b in zip(x, y):
        table[ord(a)] = ord(b)
    if z is not None:
        if not isinstance(z, str):
            raise TypeError("maketrans() argument 3 must be str, not %s" % type(z).__name__)
        for c in z:
            table[ord(c)] = None
    return table


def translate(self, table):
    out = []
    for c in self:
        try:
            mapped = table[ord(c)]
        except LookupError:
            out.append(c)
            continue
        if mapped is None:
            continue
        if isinstance(mapped, int):
            if not 0 <= mapped <= 0x10FFFF:
                raise ValueError("character mapping must be in range(0x110000)")
            out.append(chr(mapped))
        elif isinstance(mapped, str):
            out.append(mapped)
        else:
            raise TypeError("character mapping must return integer, None or str")
    return "".join(out)


def capitalize(self):
    _check_str("capitalize", self)
    return self[:1].upper() + self[1:].lower()


def isalnum(self):
    # CPython: every character is alphabetic, a digit or numeric, and there is one
    _check_str("isalnum", self)
    if not self:
        return False
    for c in self:
        if not (c.isalpha() or c.isdigit() or isnumeric(c)):
            return False
    return True
