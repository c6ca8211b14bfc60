# f"{expr=}": the expression's text (spaces around '=' kept), then repr(value), or the value
# formatted with the spec / converted when one is given.
import asyncio

x = 3.14159
name = "loop"
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{name=}", f"{name = !s}", f"{name=!r}")
print(f"{x=:.2f}", f"{x = :>10.3f}|")
print(f"{items=} {len(items) = }")
print(f"{x == 3.14159 = }", f"{x != 1=}", f"{x >= 1 = }")
print(f"{{x=}}", f"{x=}{name=}")


async def main():
    delay = 0.5
    await asyncio.sleep(delay)
    print(f"{delay = }, {asyncio.get_running_loop().time() = :.1f}")


asyncio.run(main())
