# Comparisons between ints and floats are exact (CPython compares the values, never the int
# rounded to a float): 2**53 + 1 != float(2**53 + 1), with either operand first, small and long.
import asyncio

big = 2**53 + 1
f = float(big)
print(big == f, f == big, big != f, f != big)
print(big < f, big > f, big <= f, big >= f, f < big, f > big, f <= big, f >= big)
print(2**53 == float(2**53), 10**30 == 1e30, 10**30 < 1e30, 10**30 > 1e30, int(1e30) == 1e30)
print(2**1000 < float("inf"), 2**1000 > float("-inf"), 2**1000 == float("nan"), 2**1000 != float("nan"),
      2**1000 < float("nan"), float("nan") >= 5, -(2**1000) < float("-inf"))
print(-big == -f, -big < -f, -big > -f, 2**63 == 2.0**63, 2**63 - 1 < 2.0**63, 2**63 - 1 == 2.0**63)
print(10**400 > 1e308, -10**400 < -1e308, 10**400 == float("inf"), 10**400 < float("inf"))
print(3 == 3.0, 3 < 3.5, 4 > 3.5, -1 < -0.5, -1 > -1.5, 0 == -0.0, 2**62 + 1 == float(2**62), 2**62 + 1 > float(2**62))
print(2**62 + 1 > 4.611686018427388e18 + 0.5, (2**64 + 1) > 2.0**64, (2**64 - 1) < 2.0**64, -(2**64 + 1) < -(2.0**64))
print(True == 1.0, False < 0.5, big * 1.0 == big, 7 <= 7.0, 7 >= 7.000001)
print(max(big, f), min(big, f), sorted([f, big, 2**53]), sorted([1.5, 1, 2**60, 2.0**60, -3]))
print(big in [f], f in [big], [big].index(big), {big: "int"}.get(f, "absent"), {f} == {big})

values = [2**53 + 1, 2**53, 2.0**53, 2**53 - 1, 9007199254740993.0]
print([a == b for a in values for b in values].count(True))


async def tick(limit):
    n = 2**53
    while n < limit:
        await asyncio.sleep(0.1)
        n += 1
    return n


async def main():
    print(await asyncio.gather(tick(float(2**53) + 2), tick(2.0**53)))


asyncio.run(main())
