# codecs: encode/decode for utf-8, ascii and latin-1 with error handlers, CPython's UnicodeError texts and ranges, lookup, getencoder/getdecoder and BOMs.
import codecs

print(codecs.encode("héllo €", "utf-8"), codecs.decode(b"h\xc3\xa9llo \xe2\x82\xac"), codecs.encode("abc"), codecs.decode(b"abc", "ascii"))
print(codecs.encode("café", "latin-1"), codecs.decode(b"caf\xe9", "latin_1"), codecs.decode(bytes(range(250, 256)), "iso-8859-1"))
print(codecs.encode("naïve €", "ascii", "ignore"), codecs.encode("naïve €", "ascii", "replace"), codecs.encode("naïve €😀", "ascii", "backslashreplace"))
print(codecs.encode("naïve €", "latin-1", "xmlcharrefreplace"), codecs.encode("€", "latin-1", "replace"), codecs.encode("a\udcffb", "utf-8", "surrogateescape"))
for data in [b"ok\xff", b"\xe2\x82", b"\xe2\x82A", b"\xe2A", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf0\x9f\x98", b"\xf4\x90\x80\x80", b"a\x80\x80b", b"\xf0\x9f\x98\x80!"]:
    row = []
    for errors in ("replace", "ignore", "backslashreplace"):
        row.append(codecs.decode(data, "utf-8", errors))
    try:
        row.append(codecs.decode(data, "utf-8"))
    except UnicodeError as exc:
        row.append("%s: %s %r" % (type(exc).__name__, exc, (exc.start, exc.end, exc.reason)))
    print(data, row)
print(ascii(codecs.decode(b"a\xffb\xfe", "utf-8", "surrogateescape")), codecs.decode(b"a\xffb", "ascii", "replace"), codecs.decode(b"a\xff\xfeb", "ascii", "backslashreplace"))

for args in [("é", "ascii"), ("aéé€b", "ascii"), ("€", "latin-1"), ("x€😀y", "latin-1"), ("\ud800", "utf-8"), ("😀", "ascii")]:
    try:
        codecs.encode(*args)
    except UnicodeError as exc:
        print(type(exc).__name__, exc, exc.args[0], exc.start, exc.end, exc.reason, isinstance(exc, ValueError))
for args in [(b"\xff", "ascii"), (b"ab\x80\x81", "ascii"), (b"\xff\xfe", "utf-8")]:
    try:
        codecs.decode(*args)
    except UnicodeError as exc:
        print(type(exc).__name__, exc, exc.encoding, exc.object, exc.start, exc.end)

for name in ["utf-8", "UTF8", "utf_8", "U8", "ascii", "US-ASCII", "646", "latin-1", "Latin1", "ISO-8859-1", "iso8859_1", "L1", "utf-8-sig"]:
    print(name, "->", codecs.lookup(name).name, end="; ")
print()
info = codecs.lookup("utf-8")
print(isinstance(info, tuple), len(info), info.encode("é"), info.decode(b"\xc3\xa9"), info[0] is info.encode)
enc = codecs.getencoder("latin-1")
dec = codecs.getdecoder("ascii")
print(enc("abc"), enc("ñ", "strict"), dec(b"xyz"), codecs.getdecoder("utf-8")(b"\xe2\x82\xac"), codecs.getencoder("utf-8")("€"))
print(codecs.encode("hi", "utf-8-sig"), codecs.decode(b"\xef\xbb\xbfhi", "utf-8-sig"), codecs.decode(b"hi", "utf-8-sig"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_LE, codecs.BOM_BE)
print(codecs.BOM == codecs.BOM_UTF16, codecs.BOM_UTF16 in (codecs.BOM_LE, codecs.BOM_BE), codecs.BOM_UTF32 in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE))

for call in [lambda: codecs.lookup("no-such-codec"), lambda: codecs.encode("x", "klingon"), lambda: codecs.encode(b"x", "utf-8"),
             lambda: codecs.decode("x", "utf-8"), lambda: codecs.encode("é", "ascii", "bogus"), lambda: codecs.lookup(5)]:
    try:
        call()
    except (LookupError, TypeError) as exc:
        print(type(exc).__name__, exc)
print(codecs.encode("plain", "ascii", "bogus"))
for call in [lambda: codecs.getencoder("utf-8")(b"x"), lambda: codecs.getdecoder("ascii")("x"), lambda: codecs.getencoder("ascii")("é", "bogus")]:
    try:
        call()
    except (LookupError, TypeError) as exc:
        print(type(exc).__name__, exc)
