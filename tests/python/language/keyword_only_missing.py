# Keyword-only parameters: their order and the errors of calls that miss them, as CPython 3.11.
import asyncio


def report(a, b=2, *args, c, d=4, e, **options):
    return a, b, args, c, d, e, options


def bare(*, first, second="s", third):
    return first, second, third


async def fetch(url, *, timeout, retries=3):
    await asyncio.sleep(0)
    return url, timeout, retries


print(report(1, 2, 3, c=4, e=5, f=6))
print(report.__code__.co_varnames[:5], report.__code__.co_kwonlyargcount, report.__kwdefaults__)
print(bare.__code__.co_varnames, bare(third=3, first=1))
for call in (lambda: report(1), lambda: report(1, c=1), lambda: report(1, e=1), lambda: bare(),
             lambda: bare(second=2), lambda: bare(1, first=1, third=3)):
    try:
        call()
    except TypeError as error:
        print("TypeError:", error)


async def main():
    print(await fetch("a", timeout=1))
    try:
        await fetch("b")
    except TypeError as error:
        print("TypeError:", error)


asyncio.run(main())
