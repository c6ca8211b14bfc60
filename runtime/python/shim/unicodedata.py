# unicodedata for Loopscope's MicroPython, from CPython 3.11's database (Unicode 14.0.0), cut to what
# the sandbox ships (shim/_unicodedata_db.py, generated): category() and east_asian_width() for every
# code point; name()/lookup() for ASCII, Latin-1, Latin Extended-A/B, Greek, General Punctuation,
# currency, letterlike symbols, number forms, arrows, mathematical operators, technical symbols,
# enclosed alphanumerics, box drawing, shapes, miscellaneous symbols, dingbats and the common emoji
# blocks (plus CJK ideographs and Hangul syllables, whose names are computed); decomposition(),
# combining(), numeric()/digit()/decimal(), bidirectional() and mirrored() for those blocks (digits
# of every script). normalize() composes and decomposes with those tables and Hangul's algorithm.
# Outside the covered blocks name() raises ValueError saying so.

import _unicodedata_db as _db

unidata_version = "14.0.0"
_NO = object()

_WORDS = None
_BLOCK_NAMES = {}
_CAT_STARTS = None
_CAT_VALUES = None
_WIDTH_STARTS = None
_WIDTH_VALUES = None
_BIDI = None
_LOOKUP = None
_COMPOSE = None


def _words():
    global _WORDS
    if _WORDS is None:
        _WORDS = _db.WORDS.split(" ")
    return _WORDS


def _decode(text):
    alphabet = _db.ALPHABET
    words = _words()
    n = len(alphabet)
    single = n - 30
    out = []
    i = 0
    while i < len(text):
        k = alphabet.index(text[i])
        if k < single:
            out.append(words[k])
            i += 1
        else:
            out.append(words[single + (k - single) * n + alphabet.index(text[i + 1])])
            i += 2
    return " ".join(out)


def _block_of(cp):
    for start, end, text in _db.NAMES:
        if start <= cp < end:
            names = _BLOCK_NAMES.get(start)
            if names is None:
                names = text.split("!")
                _BLOCK_NAMES[start] = names
            return names[cp - start]
    return None


_CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x2A6DF), (0x2A700, 0x2B738),
               (0x2B740, 0x2B81D), (0x2B820, 0x2CEA1), (0x2CEB0, 0x2EBE0), (0x30000, 0x3134A))
_JAMO_L = ("G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H")
_JAMO_V = ("A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
           "WI", "YU", "EU", "YI", "I")
_JAMO_T = ("", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
           "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H")
_SBASE, _LBASE, _VBASE, _TBASE = 0xAC00, 0x1100, 0x1161, 0x11A7
_LCOUNT, _VCOUNT, _TCOUNT = 19, 21, 28
_NCOUNT = _VCOUNT * _TCOUNT
_SCOUNT = _LCOUNT * _NCOUNT


def _cp(chr_, fname):
    if not isinstance(chr_, str):
        raise TypeError("%s() argument must be a unicode character, not %s" % (fname, type(chr_).__name__))
    if len(chr_) != 1:
        raise TypeError("%s() argument must be a unicode character, not str" % fname)
    return ord(chr_)


def _covered(cp):
    for start, end, _ in _db.NAMES:
        if start <= cp < end:
            return True
    return cp < 0x20


def name(chr, default=_NO):
    cp = _cp(chr, "name")
    for lo, hi in _CJK_RANGES:
        if lo <= cp <= hi:
            return "CJK UNIFIED IDEOGRAPH-%X" % cp
    if _SBASE <= cp < _SBASE + _SCOUNT:
        s = cp - _SBASE
        return "HANGUL SYLLABLE " + _JAMO_L[s // _NCOUNT] + _JAMO_V[(s % _NCOUNT) // _TCOUNT] + _JAMO_T[s % _TCOUNT]
    text = _block_of(cp)
    if text:
        return _decode(text)
    if default is not _NO:
        return default
    if text is None and not _covered(cp) and category(chr) not in ("Cn", "Co", "Cs", "Cc"):
        raise ValueError("no such name: U+%04X is outside the blocks whose names the Loopscope sandbox "
                         "ships (Latin, Greek, punctuation, symbols, arrows, box drawing, emoji)" % cp)
    raise ValueError("no such name")


def lookup(name_):
    global _LOOKUP
    if isinstance(name_, bytes):
        name_ = name_.decode("ascii")
    key = name_.upper()
    if key.startswith("CJK UNIFIED IDEOGRAPH-"):
        try:
            cp = int(key[22:], 16)
        except ValueError:
            cp = -1
        for lo, hi in _CJK_RANGES:
            if lo <= cp <= hi:
                return chr(cp)
    if key.startswith("HANGUL SYLLABLE "):
        rest = key[16:]
        for li, l in enumerate(_JAMO_L):
            if not rest.startswith(l):
                continue
            for vi, v in enumerate(_JAMO_V):
                if not rest[len(l):].startswith(v):
                    continue
                t = rest[len(l) + len(v):]
                if t in _JAMO_T:
                    return chr(_SBASE + (li * _VCOUNT + vi) * _TCOUNT + _JAMO_T.index(t))
    if _LOOKUP is None:
        table = {}
        for start, end, text in _db.NAMES:
            for i, encoded in enumerate(text.split("!")):
                if encoded:
                    table[_decode(encoded)] = start + i
        _LOOKUP = table
    cp = _LOOKUP.get(key)
    if cp is None:
        raise KeyError("undefined character name '%s'" % name_)
    return chr(cp)


def _runs(text_parts, sep):
    starts = []
    values = []
    pos = 0
    for item in "".join(text_parts).split(","):
        if sep:
            value, _, hexpos = item.partition(sep)
            starts.append(int(hexpos, 16))
            values.append(value)
        else:
            values.append(item[0])
            pos += int(item[1:], 16) if len(item) > 1 else 0
            starts.append(pos)
    return starts, values


def _find(starts, cp):
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= cp:
            lo = mid
        else:
            hi = mid - 1
    return lo


def category(chr):
    global _CAT_STARTS, _CAT_VALUES
    cp = _cp(chr, "category")
    if _CAT_STARTS is None:
        starts, letters = _runs(_db.CATEGORY_RUNS, None)
        cats = _db.CATEGORIES.split(" ")
        order = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefgh"
        _CAT_STARTS = starts
        _CAT_VALUES = [cats[order.index(c)] for c in letters]
    return _CAT_VALUES[_find(_CAT_STARTS, cp)]


def east_asian_width(chr):
    global _WIDTH_STARTS, _WIDTH_VALUES
    cp = _cp(chr, "east_asian_width")
    if _WIDTH_STARTS is None:
        _WIDTH_STARTS, _WIDTH_VALUES = _runs(_db.WIDTH_RUNS, ":")
    return _WIDTH_VALUES[_find(_WIDTH_STARTS, cp)]


def bidirectional(chr):
    global _BIDI
    cp = _cp(chr, "bidirectional")
    if _BIDI is None:
        _BIDI = _runs(_db.BIDI_RUNS, ":")
    starts, values = _BIDI
    if cp < 0x20:
        if cp == 0x0C:
            return "WS"
        return "S" if cp in (9, 0x0B, 0x1F) else "B" if cp in (0x0A, 0x0D, 0x1C, 0x1D, 0x1E) else "BN"
    if _covered(cp):
        return values[_find(starts, cp)]
    cat = category(chr)
    if cat == "Nd":
        return "EN"
    if cat in ("Mn", "Me"):
        return "NSM"
    if cat == "Zs":
        return "WS"
    if cat.startswith("L"):
        return "L"
    return "ON" if cat != "Cn" else ""


def mirrored(chr):
    return 1 if _cp(chr, "mirrored") in _db.MIRRORED else 0


_COMBINING = None


def _combining_table():
    global _COMBINING
    if _COMBINING is None:
        table = {}
        starts, values = _runs(_db.COMBINING_RUNS, ":")
        for i, start in enumerate(starts):
            cls = int(values[i])
            if cls:
                for cp in range(start, starts[i + 1] if i + 1 < len(starts) else start + 1):
                    table[cp] = cls
        _COMBINING = table
    return _COMBINING


def combining(chr):
    return _combining_table().get(_cp(chr, "combining"), 0)


def decomposition(chr):
    return _db.DECOMPOSITION.get(_cp(chr, "decomposition"), "")


def _nd_value(cp, chr_):
    if category(chr_) != "Nd":
        return None
    start = _CAT_STARTS[_find(_CAT_STARTS, cp)]
    return (cp - start) % 10


def decimal(chr, default=_NO):
    cp = _cp(chr, "decimal")
    v = _nd_value(cp, chr)
    if v is None:
        if default is not _NO:
            return default
        raise ValueError("not a decimal")
    return v


def digit(chr, default=_NO):
    cp = _cp(chr, "digit")
    v = _nd_value(cp, chr)
    if v is None:
        entry = _db.NUMERIC.get(cp)
        v = entry[1] if entry else None
    if v is None:
        if default is not _NO:
            return default
        raise ValueError("not a digit")
    return v


def numeric(chr, default=_NO):
    cp = _cp(chr, "numeric")
    v = _nd_value(cp, chr)
    if v is not None:
        return float(v)
    entry = _db.NUMERIC.get(cp)
    if entry is None:
        if default is not _NO:
            return default
        raise ValueError("not a numeric character")
    return entry[0]


def _decompose(s, compat):
    out = []
    for ch in s:
        _decompose_char(ord(ch), compat, out)
    # canonical ordering: stable sort of each run of combining marks by class
    i = 0
    n = len(out)
    comb = _combining_table()
    while i < n:
        if comb.get(out[i], 0):
            j = i
            while j < n and comb.get(out[j], 0):
                j += 1
            if j - i > 1:
                out[i:j] = sorted(out[i:j], key=lambda c: comb.get(c, 0))
            i = j
        else:
            i += 1
    return out


def _decompose_char(cp, compat, out):
    if _SBASE <= cp < _SBASE + _SCOUNT:
        s = cp - _SBASE
        out.append(_LBASE + s // _NCOUNT)
        out.append(_VBASE + (s % _NCOUNT) // _TCOUNT)
        if s % _TCOUNT:
            out.append(_TBASE + s % _TCOUNT)
        return
    d = _db.DECOMPOSITION.get(cp)
    if d:
        if d.startswith("<"):
            if not compat:
                out.append(cp)
                return
            d = d.split(">", 1)[1].strip()
        for part in d.split():
            _decompose_char(int(part, 16), compat, out)
        return
    out.append(cp)


def _composition_table():
    global _COMPOSE
    if _COMPOSE is None:
        table = {}
        excluded = set(_db.EXCLUSIONS)
        for cp, d in _db.DECOMPOSITION.items():
            if d.startswith("<") or cp in excluded:
                continue
            parts = d.split()
            if len(parts) == 2:
                table[(int(parts[0], 16), int(parts[1], 16))] = cp
        _COMPOSE = table
    return _COMPOSE


def _compose(cps):
    if not cps:
        return cps
    table = _composition_table()
    comb = _combining_table()
    out = [cps[0]]
    starter = 0 if comb.get(cps[0], 0) == 0 else None
    last_class = 0 if starter == 0 else 256
    for cp in cps[1:]:
        cc = comb.get(cp, 0)
        if starter is not None:
            s = out[starter]
            # Hangul L+V and LV+T
            if _LBASE <= s < _LBASE + _LCOUNT and _VBASE <= cp < _VBASE + _VCOUNT and last_class == 0 \
                    and starter == len(out) - 1:
                out[starter] = _SBASE + ((s - _LBASE) * _VCOUNT + (cp - _VBASE)) * _TCOUNT
                continue
            if _SBASE <= s < _SBASE + _SCOUNT and (s - _SBASE) % _TCOUNT == 0 and \
                    _TBASE < cp < _TBASE + _TCOUNT and starter == len(out) - 1:
                out[starter] = s + (cp - _TBASE)
                continue
            composite = table.get((s, cp))
            blocked = len(out) - 1 != starter and (last_class == 0 or last_class >= cc)
            if composite is not None and not blocked:
                out[starter] = composite
                continue
        if cc == 0:
            starter = len(out)
            last_class = 0
        else:
            last_class = cc
        out.append(cp)
    return out


def normalize(form, unistr):
    if not isinstance(form, str):
        raise TypeError("normalize() argument 1 must be str, not %s" % type(form).__name__)
    if not isinstance(unistr, str):
        raise TypeError("normalize() argument 2 must be str, not %s" % type(unistr).__name__)
    if form not in ("NFC", "NFD", "NFKC", "NFKD"):
        raise ValueError("invalid normalization form")
    if all(ord(c) < 0xC0 for c in unistr):
        if form in ("NFC", "NFD") or all(ord(c) < 0xA0 for c in unistr):
            return unistr
    cps = _decompose(unistr, form in ("NFKC", "NFKD"))
    if form in ("NFC", "NFKC"):
        cps = _compose(cps)
    return "".join(chr(c) for c in cps)


def is_normalized(form, unistr):
    return normalize(form, unistr) == unistr
