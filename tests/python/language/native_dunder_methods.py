# Special methods of built-in objects as attributes: called directly, found by hasattr(), taken
# from the type (unbound), and reached through super() in a subclass of a built-in.
import asyncio


class CountingDict(dict):
    def __init__(self):
        super().__init__()
        self.sets = 0

    def __setitem__(self, key, value):
        self.sets += 1
        super().__setitem__(key, value)

    def __len__(self):
        return super().__len__() * 10

    def __contains__(self, key):
        return super().__contains__(key.lower())


class Tags(list):
    def __iter__(self):
        return (t.upper() for t in list.__iter__(self))

    def __add__(self, other):
        return Tags(super().__add__(other))


class Celsius(float):
    def __add__(self, other):
        return Celsius(super().__add__(other))

    def __repr__(self):
        return f"Celsius({float.__repr__(self)})"


print([1, 2].__len__(), "abc".__len__(), {1: 2}.__len__(), (1).__add__(2), (7).__radd__(3), (2).__pow__(10))
print("ab".__contains__("a"), [1].__contains__(2), {"k": 1}.__getitem__("k"), (1).__add__("x"), "a".__mul__(3))
print((5).__lt__(3), (3).__eq__(3), (1).__ne__(2), (-4).__abs__(), (5).__neg__(), (6).__invert__(), (2.5).__int__())
print(hasattr([], "__len__"), hasattr(1, "__len__"), hasattr("", "__iter__"), hasattr(1, "__iter__"), hasattr(1.5, "__add__"))
print(hasattr([], "__setitem__"), hasattr((), "__setitem__"), hasattr("", "__sub__"), hasattr(None, "__eq__"), [].__hash__)
print(list.__len__([1, 2, 3]), int.__add__(1, 2), str.__len__("four"), dict.__contains__({1: 1}, 1), hasattr(int, "__iter__"))
lst = [3, 1]
lst.__setitem__(0, 9)
lst.__delitem__(1)
it = [1, 2].__iter__()
print(lst, next(it), "x".__hash__() == hash("x"), (1.5).__float__(), (7).__index__(), set([1]).__or__({2}))
d = CountingDict()
d["Key"] = 1
d["key"] = 2
print(len(d), d.sets, "KEY" in d, d)
print(list(Tags(["a", "b"])), Tags(["x"]) + ["y"], type(Tags(["x"]) + ["y"]).__name__)
print(Celsius(1.5) + 2, sorted([3, 1, 2], key=(10).__sub__), list(map((2).__mul__, [1, 2, 3])))


async def main():
    sizes = await asyncio.gather(*(asyncio.sleep(0, result=s) for s in ["ab", [1, 2, 3], {}]))
    print([s.__len__() for s in sizes], all(hasattr(s, "__len__") for s in sizes))


asyncio.run(main())
