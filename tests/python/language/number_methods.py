# int and float methods and attributes of CPython 3.11 that MicroPython lacked.
for n in (0, 1, 5, 255, 256, -37, 2**31, 2**64 - 1, -(2**100), 10**30):
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio() == (n, 1), n.real, n.imag, n.numerator, n.denominator)
print((7).conjugate(), (12).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "big"))
print(True + (5).real, type((5).imag).__name__)
for x in (2.0, 2.5, -3.0, 0.0, 1e300, 0.1, -0.75, 1 / 3, 1e-300):
    print(x, x.is_integer(), x.as_integer_ratio(), x.real, x.imag, x.conjugate())
for bad in (float("inf"), float("-inf"), float("nan")):
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(float("inf").is_integer(), float("nan").is_integer())
n, d = (3.75).as_integer_ratio()
print(n / d == 3.75, f"{n}/{d}")
try:
    (5).bit_length = 3
except AttributeError as e:
    print("AttributeError")
try:
    (5).no_such
except AttributeError as e:
    print("AttributeError:", e)
