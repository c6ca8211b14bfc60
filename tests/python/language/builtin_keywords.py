# Keyword arguments to builtins that CPython accepts by name (split, rsplit, int, round, sum, pow,
# str, bytes, decode/encode, to_bytes/from_bytes, ...) and their errors.
print("a b c".split(maxsplit=1), "a,b,c".split(sep=",", maxsplit=1), "a,b".split(","), "a b".split(sep=None))
print("a b  c ".rsplit(maxsplit=1), "  a b c  ".rsplit(None, 1), "a,b,c".rsplit(sep=",", maxsplit=1), " x ".rsplit(None, 0), "".rsplit(None, 2), "   ".rsplit(None, 1))
print("a  b c".rsplit(None, 5), "a b c".rsplit(maxsplit=-1))
print(int("ff", base=16), int("0x1f", base=0), int(x="12") if False else int("12", 10))
print(round(2.567, ndigits=1), round(number=2.5), round(7, None), round(1234, ndigits=-2), round(2.5, None))
print(sum([1, 2], start=10), sum([[1], [2]], start=[]), pow(2, 10, mod=1000), pow(base=2, exp=5), pow(2, 3, None))
print(str(b"ab", encoding="ascii"), bytes("ab", encoding="ascii"), str(b"\xe9", "latin-1"), bytes("\xe9", "latin-1"))
print(str(b"a\xffb", "utf-8", "replace"), str(object=b"x"), str(b"abc", errors="strict"), bytes("h\xe9", encoding="utf-8"))
print(b"abc".decode(encoding="ascii"), b"a\xff".decode(errors="ignore"), "xy".encode(encoding="utf-8"), "\xe9".encode("latin-1", errors="strict"))
print((1024).to_bytes(length=2, byteorder="big"), (1).to_bytes(2, "little"), (255).to_bytes(), (-2).to_bytes(2, "little", signed=True))
print(int.from_bytes(b"\x01\x00", byteorder="big"), int.from_bytes(b"\xff\xfe", "little", signed=True), int.from_bytes(b"\x01\x00"), int.from_bytes(bytes=b"\x05", byteorder="little"))
print(int.from_bytes(b"\xff" * 12, "big", signed=True), (-1).to_bytes(12, "big", signed=True), (2 ** 70).to_bytes(10, "big"))
print("a\nb\n".splitlines(keepends=True), "a\tb".expandtabs(tabsize=4), sorted([3, 1, 2], key=lambda v: -v, reverse=True))
print(list(enumerate("ab", start=1)), max([], default=0), min([3, 1], key=lambda v: -v))
for f in [lambda: "a".split(foo=1), lambda: "a b".split(" ", sep=" "), lambda: round(ndigits=1), lambda: int("5", bas=3),
          lambda: (-1).to_bytes(2, "big"), lambda: (300).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True),
          lambda: sum([1], 2, start=3), lambda: pow(2, mod=3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(bytearray("ab", encoding="utf-8"), bytearray("\xe9", "latin-1"), b"\x01\x02".hex(sep=":"), b"\x01\x02".hex(":"))
print(b"a,b,c".split(sep=b",", maxsplit=1), b"a b c".rsplit(maxsplit=1), bytearray(b"ab").decode(errors="strict"))
