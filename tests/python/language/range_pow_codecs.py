# range's len/in/==, pow with a modulus (inverses, zero), str.encode/bytes.decode of other codecs
print(len(range(10)), len(range(10, 0, -3)), len(range(0)), len(range(5, 5)), bool(range(0)), bool(range(3, 1, -1)))
print(3 in range(10), 10 in range(10), -1 in range(0, -10, -1), 4 in range(0, 10, 3), 6 in range(0, 10, 3), 3.0 in range(5), "x" in range(3))
print(range(3) == range(0, 3), range(0) == range(5, 2), range(1, 10, 2) == range(1, 11, 2), range(3) != range(4))
print(pow(3, -1, 7), pow(2, -3, 11), pow(5, 2, 13), pow(38, -1, 97))
for a in ((2, 3, 0), (2, -1, 4)):
    try:
        print(pow(*a))
    except ValueError as e:
        print("ValueError:", e)
print("é".encode("latin-1"), "abc".encode("ascii"), "é".encode(), "é".encode(encoding="utf-8"), b"\xe9".decode("latin-1"))
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode(errors="ignore"), "é".encode("ascii", "replace"))
for bad in (lambda: "é".encode("ascii"), lambda: b"\xff".decode()):
    try:
        bad()
    except UnicodeError as e:
        print(type(e).__name__, e, isinstance(e, UnicodeEncodeError), isinstance(e, UnicodeDecodeError))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("caught", e.start, e.end, e.reason)
