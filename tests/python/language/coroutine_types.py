# Coroutine objects are of their own type (patch 0120): type names, reprs (addresses masked),
# attributes, and the errors of iterating a coroutine, awaiting a generator, reusing a coroutine.
import re


def masked(obj):
    return re.sub(r"0x[0-9a-f]+", "0x...", repr(obj))


async def main():
    return 1


def gen():
    yield 1


async def agen():
    yield 1


class A:
    async def m(self):
        return 2

    class Inner:
        async def deep(self):
            pass


print(type(main), type(gen), type(agen))
print(masked(main), masked(gen))
c = main()
print(type(c), type(c).__name__, masked(c))
print(c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_origin)
m = A().m()
print(masked(m), m.__qualname__, m.__name__)
m.close()
d = A.Inner().deep()
print(masked(d))
d.close()
print(masked(A().m).split(" of ")[0])
g = gen()
print(type(g), masked(g))
a = agen()
print(type(a), masked(a), a.__name__, a.__qualname__)
print(type(c) is type(g), isinstance(c, type(g)))

# send / throw / close
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(c.cr_frame)
c.close()


async def failing():
    return 0


f = failing()
try:
    f.throw(ValueError("thrown"))
except ValueError as e:
    print("ValueError:", e)
f2 = failing()
try:
    f2.send(5)
except TypeError as e:
    print("TypeError:", e)
f2.close()

# iteration and await
c2 = main()
try:
    for x in c2:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    iter(c2)
except TypeError as e:
    print("TypeError:", e)
w = c2.__await__()
print(type(w).__name__, masked(w))
try:
    next(w)
except StopIteration as e:
    print("StopIteration", e.value)


async def await_generator():
    await gen()


try:
    await_generator().send(None)
except TypeError as e:
    print("TypeError:", e)
print(hasattr(gen(), "__await__"), hasattr(main, "__await__"))

# a decorator's functools.wraps names the coroutines of the functions it wraps
import functools


def traced(fn):
    @functools.wraps(fn)
    async def wrapper(*args):
        return await fn(*args)
    return wrapper


@traced
async def fetch():
    return "page"


@traced
async def store():
    return "saved"


f, s = fetch(), store()
print(masked(f), f.__name__, f.__qualname__, masked(s))
f.close()
s.close()
