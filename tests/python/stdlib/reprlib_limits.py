# reprlib as CPython 3.11 (limits, sorting, nesting), and Future/Task reprs shortening result= with it
import asyncio
import reprlib

print(reprlib.repr("a" * 50), reprlib.repr(list(range(10))), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr({"b": 1, "a": 2, "c": 3, "d": 4, "e": 5}), reprlib.repr({3, 1, 2}), reprlib.repr(set()))
print(reprlib.repr(2**200), reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr(3.5), reprlib.repr(None))
print(reprlib.repr({1: [1, 2, 3, 4, 5, 6, 7]}), reprlib.repr(frozenset()), reprlib.repr("short"))
r = reprlib.Repr()
r.maxlist = 2
print(r.repr([1, 2, 3]), r.repr("x" * 40))


class Node:
    def __init__(self):
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%r)" % (self.children,)


n = Node()
n.children.append(n)
print(n)


async def many():
    return list(range(100))


async def text():
    return "long text " * 10


async def main():
    for coro in (many(), text()):
        t = asyncio.create_task(coro)
        await t
        print(repr(t).split(" result=")[1])
    f = asyncio.get_running_loop().create_future()
    f.set_result({"k%d" % i: i for i in range(8)})
    print(f)


asyncio.run(main())
