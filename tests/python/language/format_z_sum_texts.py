# format()'s 'z' option (negative zero shown as zero; refused for ints and strs), sum()'s refusal
# of string starts, and the argument-count texts of sum, pow and round, as CPython 3.11 words them.
import asyncio

CASES = [
    (1, "z"), (1, "zd"), (True, "z"), (7, "z#x"), ("text", "z"), ("text", "zs"),
    (1, "z.1f"), (-0.0, "z"), (-0.0, "z.1f"), (-0.001, "z.2f"), (-0.001, "z.2e"), (-0.001, "z.1%"),
    (-0.0001, "z.2g"), (float("-inf"), "z.1f"), (-0.04, "+z.1f"), (-0.04, "z08.1f"), (-0.04, "z,.1f"),
    (-0.0, "z10.2f"), (-0.04, " z.1f"), (-1.25, "z.1f"), (0.0, "z.3f"), (-0.4, "z.0f"), (-0.6, "z.0f"),
]
for value, spec in CASES:
    try:
        print(f"{value!r:>8} {spec!r:9} {format(value, spec)!r}")
    except ValueError as e:
        print(f"{value!r:>8} {spec!r:9} ValueError: {e}")

print("{:z.2f} {:z.1f}".format(-0.001, -0.04), f"{-0.0001:z.3f}|{-0.0:z}|{-1e-9:z.4%}")

CALLS = [
    lambda: sum(),
    lambda: sum(1, 2, 3),
    lambda: sum(start=5),
    lambda: sum(["a", "b"], ""),
    lambda: sum([b"a"], b""),
    lambda: sum([bytearray(b"a")], bytearray()),
    lambda: sum([1, 2], start=""),
    lambda: sum([[1], [2]], []),
    lambda: sum([1, 2], start=10),
    lambda: sum([0.5, 0.25]),
    lambda: pow(),
    lambda: pow(2),
    lambda: pow(2, 3, 5, 7),
    lambda: round(),
    lambda: round(2.5, 1, 0),
]
for call in CALLS:
    try:
        print(repr(call()))
    except TypeError as e:
        print("TypeError:", e)


async def measure(delta):
    await asyncio.sleep(0.1)
    return -delta


async def main():
    deltas = await asyncio.gather(*(measure(d) for d in (0.0004, 0.0, 0.25)))
    print(", ".join(f"{d:z.3f}" for d in deltas), f"total {sum(deltas):z.2f}")


asyncio.run(main())
