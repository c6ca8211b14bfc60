# repr() of a str shows printable non-ASCII characters as they are and escapes the rest, as CPython.
names = ["café", "naïve", "Zoë", "東京", "Ελλάδα", "emoji 😀", "€5"]
print(names)
print(repr("tab\there"), repr("nbsp\xa0x"), repr("soft\xadhyphen"), repr("zw\u200bsp"), repr("bom\ufeff"))
print(repr("\x7f\x80\x9f"), repr("line\u2028sep"), repr("ideo\u3000space"), repr("priv\ue000"))
print({"ключ": "значение"}, ("ü",), ascii(names[:2]))
print(f"{'é'!r} {'é'!s}", "{!r}".format("ñ"), "%r" % "ø")
print(f"{'é'!a} {['ç', 1]!a:>20}|", "{!a}".format("ø"), f"{1 != 2!a}")
