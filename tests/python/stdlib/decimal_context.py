# decimal: Decimal construction, str/repr, arithmetic with ints, precision 28, quantize and rounding
from decimal import (ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, DivisionByZero, InvalidOperation,
                     getcontext, localcontext)

print(Decimal("1.10"), repr(Decimal("3.14")), Decimal(42), Decimal(-7), Decimal("-0"), Decimal("1e3"), Decimal("0.000001"))
print(Decimal("1E-7"), Decimal("123.456e2"), Decimal(" 1_000.5 "), Decimal("Infinity"), Decimal("-inf"), Decimal("NaN"))
print(Decimal(0.1), Decimal(2.5), Decimal((0, (1, 4, 1), -2)), Decimal(Decimal("5.0")))
print(Decimal("0.1") + Decimal("0.2"), Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3)
a, b = Decimal("10.25"), Decimal("3")
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(-a), +a, a ** 2, b ** -1)
print(a + 1, 1 + a, 2 * a, a - 5, 100 / b, a * 0, Decimal(1) / 8, Decimal(2) ** 10)
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal("1.00") * Decimal("2.0"), Decimal("6.0") / 2)
print(getcontext().prec, getcontext().rounding)
price = Decimal("19.995")
print(price.quantize(Decimal("0.01")), price.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP),
      price.quantize(Decimal("0.01"), rounding=ROUND_DOWN), Decimal("2.5").quantize(Decimal("1")),
      Decimal("3.5").quantize(Decimal("1")), Decimal("2.5").quantize(Decimal("1"), rounding=ROUND_HALF_UP))
print(Decimal("1234.5678").quantize(Decimal("1.0")), Decimal("7").quantize(Decimal("0.001")), Decimal("-2.675").quantize(Decimal("0.01"), ROUND_HALF_UP))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal("123456789") + 0, ctx.prec)
    ctx.rounding = ROUND_HALF_UP
    print(Decimal(2) / 3, Decimal("1.23455") + 0)
print(getcontext().prec, Decimal(1) / Decimal(3))
print(a > b, a == Decimal("10.250"), a < 11, a == 10.25, Decimal("0.5") == 0.5, max(a, b), sorted([a, b, Decimal("-1")]))
print(int(Decimal("7.9")), int(Decimal("-7.9")), float(Decimal("2.5")), round(Decimal("2.5")), round(Decimal("3.5")), bool(Decimal(0)))
print(Decimal("1.500").normalize(), Decimal("100").normalize(), Decimal("3.14159").as_tuple(), Decimal("12.5").adjusted())
print(Decimal("0.25").as_integer_ratio(), Decimal("-1.5").is_signed(), Decimal(0).is_zero(), Decimal("5.67").to_integral_value())
print(f"{Decimal('1234.5678'):.2f}", f"{Decimal('0.125'):.2f}", f"{Decimal('1234567.891'):,.2f}", f"{Decimal('3.5'):>8}", format(Decimal("42")))
total = sum([Decimal("19.99"), Decimal("5.01"), Decimal("0.10")], Decimal(0))
print(total, total * Decimal("1.08"), (total * Decimal("1.08")).quantize(Decimal("0.01")))
print(hash(Decimal(5)) == hash(5), hash(Decimal("0.5")) == hash(0.5), {Decimal("1.0"): "one"}[Decimal(1)])
for bad in ('Decimal("abc")', "Decimal(1) / 0", "Decimal(0) / 0", 'Decimal("1.5") + 1.5', "Decimal(5) // Decimal(0)"):
    try:
        eval(bad)
    except (InvalidOperation, DivisionByZero, TypeError) as e:
        print(bad, "->", type(e).__name__ + ":", e)
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError caught:", type(e).__name__)
import numbers

print(isinstance(Decimal("1.5"), numbers.Number), isinstance(Decimal("1.5"), numbers.Real))
