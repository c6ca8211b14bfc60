"""Class docstrings, dict() of mappings, str() of subclasses, __repr__ and __str__ of natives, %."""
import collections
from collections import Counter, OrderedDict, defaultdict, namedtuple

print(__doc__)


class Base:
    """The base's docstring."""


class Derived(Base):
    pass


print(Base.__doc__, Derived.__doc__, Base().__doc__)

counts = defaultdict(int)
for word in "to be or not to be".split():
    counts[word] += 1
print(dict(counts), dict(Counter("abca")), dict(OrderedDict(b=2, a=1)))
merged = {"x": 0}
merged.update(counts)
merged.update(Counter(z=5), y=7)
print(merged)


class Config(collections.UserDict):
    pass


print(dict(Config(a=1)), dict({"k": "v"}, extra=1))


class Mapping:
    def __init__(self, data):
        self.data = data

    def keys(self):
        return list(self.data)

    def __getitem__(self, key):
        return self.data[key] * 10


print(dict(Mapping({"a": 1, "b": 2})))


class Stack(list):
    def __repr__(self):
        return "Stack(%s)" % list.__repr__(self)


class Celsius(float):
    def __repr__(self):
        return "%.1f°C" % self


class Row(dict):
    def __repr__(self):
        return "Row" + dict.__repr__(self)


class Name(str):
    def __repr__(self):
        return "Name!"


s = Stack([1, 2])
print(s, str(s), repr(s), [s], Celsius(21.5), Row(a=1), f"{Row(b=2)}", Name("n"), [Name("n")])

Point = namedtuple("Point", "x y")
p = Point(3, 4)
print("%d, %d" % p, "(%s|%s)" % Point("a", "b"), "%r" % (p,))


class Pair(tuple):
    pass


print("%s-%s" % Pair((1, 2)))


class Plain:
    def __repr__(self):
        return "Plain:" + super().__repr__()[:16]


class Loud(Exception):
    def __str__(self):
        return "LOUD " + super().__str__()


class Tagged(list):
    def __str__(self):
        return "tagged " + super().__str__()


print(Plain(), Loud("boom"), Tagged([1]), str(Tagged([2])), repr(Tagged([3])))
print(object.__repr__(Plain())[:16], int.__repr__(5), str.__repr__("x"), float.__repr__(1.5))
print((5).__repr__(), "s".__str__(), [1].__repr__(), object().__str__()[:15], hasattr(Plain(), "__str__"))
