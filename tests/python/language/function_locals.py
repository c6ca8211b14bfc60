# locals() (and vars()) in a function: a dict of its assigned locals; a closure's variables by their
# values; a module or class body has its namespace.
def greet(name, age):
    return "{name} is {age}".format(**locals())


print(greet("Ann", 30))


def f(a, b=2, *args, c, **kw):
    x = a + b
    if False:
        never = 1
    loc = locals()
    return sorted(loc.items(), key=lambda kv: kv[0])


print(f(1, c=3, d=4))


def outer():
    shared = 10
    other = "o"

    def inner():
        y = shared + 1
        return locals()

    before = dict(locals())
    return inner(), sorted(before)


print(outer())


def empty():
    return locals()


print(empty())


def deleted():
    a = 1
    b = 2
    del a
    return locals()


print(deleted())


def via_vars(p):
    q = p * 2
    return vars()


print(via_vars(4))


def snapshot():
    d = locals()
    z = 5
    return "z" in d, "z" in locals()


print(snapshot())


def gen():
    g = 1
    yield dict(locals())
    h = 2
    yield dict(locals())


print(list(gen()))


async def coro(n):
    m = n + 1
    return locals()

import asyncio
print(asyncio.run(coro(1)))


class K:
    attr = 1
    print(sorted(k for k in locals() if not k.startswith("__")))


print(locals() is globals(), vars() is globals())
print([locals() for _ in range(1)][0].get("_", "no _") is not None)
