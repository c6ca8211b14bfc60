# html for Loopscope's MicroPython: escape() and unescape() as CPython 3.11 has them. unescape knows
# every numeric reference (decimal and hex, ";" optional, with CPython's replacements: Windows-1252
# for 0x80-0x9f, U+FFFD for 0, surrogates and values past U+10FFFF, nothing for the other invalid
# code points) and 310 named ones: all of HTML 4's (&amp; &eacute; &hellip; &euro; &rarr; ...),
# &apos;, and the usual punctuation and typography names of HTML 5 (&lpar; &check; &ndash; ...).
# The 106 legacy names also work without ";" ("&copy2024" -> "(c)2024"), the longest name first,
# as the HTML 5 rules (and CPython) have it. A name outside this table stays as written, where
# CPython knows all 2231 of HTML 5 (&NotNestedGreaterGreater; ...). There is no html.parser nor
# html.entities.

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    # "&" first, so that the other replacements are not escaped again.
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace("\'", "&#x27;")
    return s


# name:hex code point, ordered by code point.
_TABLE = """
Tab:9 NewLine:a excl:21 QUOT:22 quot:22 num:23 dollar:24 percnt:25 AMP:26 amp:26 apos:27
lpar:28 rpar:29 ast:2a plus:2b comma:2c period:2e sol:2f colon:3a semi:3b LT:3c lt:3c
equals:3d GT:3e gt:3e quest:3f commat:40 lsqb:5b bsol:5c rsqb:5d Hat:5e lowbar:5f grave:60
lcub:7b verbar:7c rcub:7d nbsp:a0 iexcl:a1 cent:a2 pound:a3 curren:a4 yen:a5 brvbar:a6
sect:a7 uml:a8 COPY:a9 copy:a9 ordf:aa laquo:ab not:ac shy:ad REG:ae reg:ae macr:af deg:b0
plusmn:b1 sup2:b2 sup3:b3 acute:b4 micro:b5 para:b6 middot:b7 cedil:b8 sup1:b9 ordm:ba
raquo:bb frac14:bc frac12:bd half:bd frac34:be iquest:bf Agrave:c0 Aacute:c1 Acirc:c2
Atilde:c3 Auml:c4 Aring:c5 angst:c5 AElig:c6 Ccedil:c7 Egrave:c8 Eacute:c9 Ecirc:ca Euml:cb
Igrave:cc Iacute:cd Icirc:ce Iuml:cf ETH:d0 Ntilde:d1 Ograve:d2 Oacute:d3 Ocirc:d4 Otilde:d5
Ouml:d6 times:d7 Oslash:d8 Ugrave:d9 Uacute:da Ucirc:db Uuml:dc Yacute:dd THORN:de szlig:df
agrave:e0 aacute:e1 acirc:e2 atilde:e3 auml:e4 aring:e5 aelig:e6 ccedil:e7 egrave:e8
eacute:e9 ecirc:ea euml:eb igrave:ec iacute:ed icirc:ee iuml:ef eth:f0 ntilde:f1 ograve:f2
oacute:f3 ocirc:f4 otilde:f5 ouml:f6 divide:f7 oslash:f8 ugrave:f9 uacute:fa ucirc:fb
uuml:fc yacute:fd thorn:fe yuml:ff OElig:152 oelig:153 Scaron:160 scaron:161 Yuml:178
fnof:192 circ:2c6 tilde:2dc Alpha:391 Beta:392 Gamma:393 Delta:394 Epsilon:395 Zeta:396
Eta:397 Theta:398 Iota:399 Kappa:39a Lambda:39b Mu:39c Nu:39d Xi:39e Omicron:39f Pi:3a0
Rho:3a1 Sigma:3a3 Tau:3a4 Upsilon:3a5 Phi:3a6 Chi:3a7 Psi:3a8 Omega:3a9 ohm:3a9 alpha:3b1
beta:3b2 gamma:3b3 delta:3b4 epsilon:3b5 zeta:3b6 eta:3b7 theta:3b8 iota:3b9 kappa:3ba
lambda:3bb mu:3bc nu:3bd xi:3be omicron:3bf pi:3c0 rho:3c1 sigmaf:3c2 sigma:3c3 tau:3c4
upsilon:3c5 phi:3c6 chi:3c7 psi:3c8 omega:3c9 thetasym:3d1 upsih:3d2 piv:3d6 ensp:2002
emsp:2003 thinsp:2009 hairsp:200a zwnj:200c zwj:200d lrm:200e rlm:200f dash:2010 hyphen:2010
ndash:2013 mdash:2014 lsquo:2018 rsquo:2019 sbquo:201a ldquo:201c rdquo:201d bdquo:201e
dagger:2020 Dagger:2021 bull:2022 hellip:2026 permil:2030 prime:2032 Prime:2033 lsaquo:2039
rsaquo:203a oline:203e caret:2041 frasl:2044 euro:20ac incare:2105 image:2111 numero:2116
copysr:2117 weierp:2118 real:211c trade:2122 alefsym:2135 frac13:2153 frac23:2154
frac15:2155 frac18:215b larr:2190 uarr:2191 rarr:2192 darr:2193 harr:2194 crarr:21b5
lArr:21d0 uArr:21d1 rArr:21d2 dArr:21d3 hArr:21d4 forall:2200 part:2202 exist:2203
empty:2205 nabla:2207 isin:2208 notin:2209 ni:220b prod:220f sum:2211 minus:2212 lowast:2217
radic:221a prop:221d infin:221e ang:2220 and:2227 or:2228 cap:2229 cup:222a int:222b
there4:2234 sim:223c cong:2245 asymp:2248 ne:2260 equiv:2261 le:2264 ge:2265 sub:2282
sup:2283 nsub:2284 sube:2286 supe:2287 oplus:2295 otimes:2297 perp:22a5 sdot:22c5 lceil:2308
rceil:2309 lfloor:230a rfloor:230b loz:25ca starf:2605 star:2606 phone:260e female:2640
male:2642 spades:2660 clubs:2663 hearts:2665 diams:2666 flat:266d natural:266e sharp:266f
check:2713 cross:2717 lang:27e8 rang:27e9
"""

# The names HTML 5 also accepts without ";": HTML 4's for U+00A0-U+00FF (not HTML 5's &half; and
# &angst;) and these.
_LEGACY_EXTRA = ("amp", "lt", "gt", "quot", "AMP", "COPY", "GT", "LT", "QUOT", "REG")

_entities = None


def _load():
    # {name: text}, with "name;" for every entity and "name" for the legacy ones; made on first use.
    global _entities
    _entities = {}
    for item in _TABLE.split():
        name, _, code = item.partition(":")
        char = chr(int(code, 16))
        _entities[name + ";"] = char
        if 0xA0 <= ord(char) <= 0xFF and name not in ("half", "angst") or name in _LEGACY_EXTRA:
            _entities[name] = char
    return _entities


# References to these code points give other text (the HTML 5 rules): C1 controls as Windows-1252.
_REPLACED = {
    0x00: "\ufffd", 0x0D: "\r", 0x80: "\u20ac", 0x81: "\x81", 0x82: "\u201a", 0x83: "\u0192",
    0x84: "\u201e", 0x85: "\u2026", 0x86: "\u2020", 0x87: "\u2021", 0x88: "\u02c6", 0x89: "\u2030",
    0x8A: "\u0160", 0x8B: "\u2039", 0x8C: "\u0152", 0x8D: "\x8d", 0x8E: "\u017d", 0x8F: "\x8f",
    0x90: "\x90", 0x91: "\u2018", 0x92: "\u2019", 0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022",
    0x96: "\u2013", 0x97: "\u2014", 0x98: "\u02dc", 0x99: "\u2122", 0x9A: "\u0161", 0x9B: "\u203a",
    0x9C: "\u0153", 0x9D: "\x9d", 0x9E: "\u017e", 0x9F: "\u0178",
}


def _dropped(n):
    # Code points a reference to which gives nothing: other controls and the noncharacters.
    return (0x01 <= n <= 0x08 or n == 0x0B or 0x0E <= n <= 0x1F or 0x7F <= n <= 0x9F
            or 0xFDD0 <= n <= 0xFDEF or (n & 0xFFFE) == 0xFFFE)


def _numeric(n):
    if n in _REPLACED:
        return _REPLACED[n]
    if 0xD800 <= n <= 0xDFFF or n > 0x10FFFF:
        return "\ufffd"
    if _dropped(n):
        return ""
    return chr(n)


_NOT_IN_NAME = "\t\n\f <&#;"
_HEX = "0123456789abcdefABCDEF"


def _reference(s, i):
    # The reference whose "&" is at s[i]: (its text, the index after it), or None if there is none.
    n = len(s)
    j = i + 1
    if j < n and s[j] == "#":
        j += 1
        digits = "0123456789"
        base = 10
        if j < n and s[j] in "xX":
            j += 1
            digits = _HEX
            base = 16
        start = j
        while j < n and s[j] in digits:
            j += 1
        if j == start:
            return None
        value = int(s[start:j], base)
        if j < n and s[j] == ";":
            j += 1
        return _numeric(value), j
    start = j
    while j < n and j - start < 32 and s[j] not in _NOT_IN_NAME:
        j += 1
    if j == start:
        return None
    if j < n and s[j] == ";":
        j += 1
    name = s[start:j]
    entities = _entities or _load()
    if name in entities:
        return entities[name], j
    # The longest legacy name the text starts with; the rest stays as written.
    for k in range(len(name) - 1, 1, -1):
        if name[:k] in entities:
            return entities[name[:k]] + name[k:], j
    return "&" + name, j


def _not_text(s):
    # CPython's behaviour for other objects: its `in` test, then re.sub, decide.
    if isinstance(s, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        iter(s)
    except TypeError:
        raise TypeError("argument of type '%s' is not iterable" % type(s).__name__) from None
    if "&" not in s:
        return s
    raise TypeError("expected string or bytes-like object, got '%s'" % type(s).__name__)


def unescape(s):
    if not isinstance(s, str):
        return _not_text(s)
    if "&" not in s:
        return s
    out = []
    i = 0
    while True:
        amp = s.find("&", i)
        if amp < 0:
            out.append(s[i:])
            break
        out.append(s[i:amp])
        found = _reference(s, amp)
        if found is None:
            out.append("&")
            i = amp + 1
        else:
            out.append(found[0])
            i = found[1]
    return "".join(out)
