import unicodedata

for ch in "aZ5 é€—…✓✅🚀😀→≤█♥中한":
    print(repr(ch), unicodedata.name(ch, "?"), unicodedata.category(ch), unicodedata.east_asian_width(ch),
          unicodedata.bidirectional(ch), unicodedata.combining(ch), unicodedata.mirrored(ch))
print(unicodedata.lookup("SNOWMAN"), unicodedata.lookup("latin small letter e with acute"),
      unicodedata.lookup("ROCKET"), unicodedata.lookup("HANGUL SYLLABLE GA"))
for ch in "7٣½²Ⅻ①":
    print(repr(ch), unicodedata.numeric(ch), unicodedata.digit(ch, None), unicodedata.decimal(ch, None))
print(unicodedata.decomposition("é"), unicodedata.decomposition("ﬁ"), repr(unicodedata.decomposition("a")))


def strip_accents(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


print(strip_accents("Crème brûlée à la café, naïve Ångström"))
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    s = unicodedata.normalize(form, "ﬁne Å ½ x² e\u0301 한")
    print(form, ascii(s), len(s), unicodedata.is_normalized(form, s))
print(sum(1 for c in "Hello, World! 123" if unicodedata.category(c).startswith("P")))
print(unicodedata.unidata_version)
for bad in (lambda: unicodedata.lookup("NO SUCH THING"), lambda: unicodedata.name("\x00"),
            lambda: unicodedata.numeric("x"), lambda: unicodedata.normalize("XYZ", "a"),
            lambda: unicodedata.category("ab")):
    try:
        bad()
    except (KeyError, ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
