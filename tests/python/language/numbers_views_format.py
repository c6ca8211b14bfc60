# float.hex/fromhex, memoryview's tolist/tobytes, math's libm functions, object.__format__'s errors
import itertools
import math

for x in (0.25, 1.0, -2.5, 0.0, -0.0, 1e308, 5e-324, 0.1, float("inf"), float("-inf")):
    h = x.hex()
    print(h, float.fromhex(h) == x)
print(float.fromhex("0x1.8p1"), float.fromhex("  -1.8P+1 "), float.fromhex("ff"), float.fromhex("0X.8"))
print(float.fromhex("inf"), float.fromhex("-Infinity"), float.fromhex("nan"), float.fromhex("0x1p-1074"))
for bad in ("", "0x", "1.8p", "zz", "0x1p1 x", "1e5"):
    try:
        float.fromhex(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float.fromhex("0x1p5000")
except OverflowError as e:
    print("OverflowError:", e)

m = memoryview(b"hello")
print(m.tolist(), m[1:4].tolist(), m[1:4].tobytes(), m.nbytes, m.readonly, m.itemsize)
b = bytearray(b"abc")
v = memoryview(b)
print(v.readonly, v[::1].tolist(), bytes(v[1:]))
v[0] = 65
print(b, v.tobytes())
v.release()

# (rounded: the last digit is the platform libm's, as in CPython)
print(round(math.cbrt(27), 12), math.cbrt(-8), round(math.cbrt(2), 12), math.exp2(10), round(math.exp2(0.5), 12), math.log1p(0.0))

class Plain:
    def __str__(self):
        return "plain"

print(format(Plain(), ""), f"{Plain()}", "{}".format(Plain()), f"{Plain()!s:>7}|")
for value, spec in ((Plain(), ">10"), (object(), "x"), (None, "^5"), ([1], "<3"), (b"ab", ">4")):
    try:
        format(value, spec)
    except TypeError as e:
        print("TypeError:", e)
try:
    f"{None:>5}"
except TypeError as e:
    print("TypeError:", e)

class Name(str):
    pass

print(f"[{Name('ada'):>6}]", format(Name("x"), "*^5"))

c = itertools.count(3)
print(c, next(c), c, itertools.count(1, 2), itertools.count(0.5, 0.25), list(itertools.islice(itertools.count(), 3)))

for exc in (ProcessLookupError(3, "No such process"), ChildProcessError(10, "No child processes"), OSError(3, "x")):
    print(type(exc).__name__, exc, isinstance(exc, OSError))
