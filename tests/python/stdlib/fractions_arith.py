# fractions.Fraction: construction, normalization, arithmetic, comparisons, limit_denominator, errors
from fractions import Fraction
import math

print(Fraction(3, 4), repr(Fraction(6, -8)), Fraction(5), Fraction(), Fraction(10, 5))
print(Fraction("3/4"), Fraction(" -1.25 "), Fraction("1e-3"), Fraction("1_000/3"), Fraction(".5"))
print(Fraction(0.5), Fraction(0.1), Fraction(Fraction(1, 3), Fraction(1, 2)))
print(Fraction.from_float(0.25), Fraction(2.5).as_integer_ratio(), Fraction(7, 3).numerator, Fraction(7, 3).denominator)
a, b = Fraction(1, 3), Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(Fraction(7, 2), a), a ** 2, a ** -2, -a, abs(-a))
print(a + 1, 1 + a, 2 - a, a * 3, 3 / a, a ** 0, 2 ** Fraction(2), 4 ** Fraction(1, 2))
print(a + 0.5, 0.5 * a, a + 1j)
print(a < b, a > b, a == Fraction(2, 6), a == 1 / 3, Fraction(1, 2) == 0.5, a <= 0.34, a != b)
print(sorted([Fraction(2, 3), Fraction(1, 2), 0.6, Fraction(1), Fraction(-1, 4)]))
print(sum([Fraction(1, n) for n in range(1, 5)]), max(a, b), min(a, 0.2))
print(int(Fraction(-7, 2)), float(Fraction(1, 8)), round(Fraction(5, 2)), round(Fraction(7, 2)))
print(Fraction(22, 7).__round__(2), Fraction(1234, 1).__round__(-2), math.floor(Fraction(-7, 2)), math.ceil(Fraction(7, 2)))
print(Fraction(math.pi).limit_denominator(100), Fraction(math.pi).limit_denominator(1000), Fraction("3.1415926535").limit_denominator(10))
print(bool(Fraction(0)), bool(a), hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3))
print({Fraction(1, 2): "half"}[Fraction(2, 4)], str(Fraction(-3, 1)), f"{Fraction(3, 8)}")
for bad in ("Fraction(1, 0)", "Fraction('abc')", "Fraction('1/0')", "a / 0", "Fraction(0) ** -1", "Fraction(1.5, 2)",
            "Fraction([1])", "Fraction(float('inf'))", "Fraction(float('nan'))", "a.limit_denominator(0)", "a // 0"):
    try:
        eval(bad)
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(bad, "->", type(e).__name__ + ":", e)
total = Fraction(0)
for price in ("0.10", "0.20", "0.30"):
    total += Fraction(price)
print(total, total == Fraction(3, 5), float(total))
