# The class statement's protocols and run-time generics as CPython 3.11 has them: metaclass= (its
# __new__ and __init__), __init_subclass__ with class keywords, __set_name__, __class_getitem__,
# list[str] / dict[str, int] / X | None, dict subclasses' __missing__, set methods with several
# arguments, sorted()/list.sort() calling key once per item.
from abc import ABC, ABCMeta, abstractmethod


class Registry(type):
    created = []

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        Registry.created.append(name)
        return cls

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.registered = True


class Plugin(metaclass=Registry):
    pass


class Other(metaclass=Registry):
    def hello(self):
        return "hello"


print(Registry.created, Plugin.registered, Other().hello())


class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self):
        ...


class Square(Shape):
    def area(self):
        return 4


class Base(ABC):
    pass


print(Square().area(), isinstance(Square(), Shape), Base.__name__)


class Handler:
    kinds = {}

    def __init_subclass__(cls, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Handler.kinds[kind] = cls.__name__


class JsonHandler(Handler, kind="json"):
    pass


class TextHandler(Handler, kind="text"):
    pass


class Untagged(Handler):
    pass


print(Handler.kinds)


class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name

    def __get__(self, obj, objtype=None):
        return f"<{self.owner}.{self.name}>"


class Record:
    title = Field()
    author = Field()


print(Record().title, Record().author)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


print(Box[int], Box[str])
print(list[str], dict[str, int], tuple[int, ...], list[dict[str, int]], type[Record])
print(int | None, int | str | None, list[int] | None, (int | str).__args__, list[int].__origin__)
print(list[int]([1, 2]), dict[str, int](a=1), int | int, (int | None) == (int | None))


class Counter(dict):
    def __missing__(self, key):
        return 0


counts = Counter()
for word in "a b a c a".split():
    counts[word] = counts[word] + 1
print(sorted(counts.items()), counts["zzz"], "zzz" in counts)

a, b, c = {1, 2, 3}, {2, 3, 4}, {3, 4, 5}
print(sorted(a.union(b, c)), sorted(a.intersection(b, c)), sorted(a.union()), sorted(a.intersection()))
s = {1, 2, 3, 4}
s.intersection_update({1, 2, 3}, [2, 3])
s.update({9}, [10], (11,))
print(sorted(s))

calls = []


def key(x):
    calls.append(x)
    return -x


items = [3, 1, 2]
print(sorted(items, key=key), calls)
calls.clear()
items.sort(key=key)
print(items, calls)
print(sorted(a | b), sorted(a & b), sorted(frozenset(a) & b), sorted(a - b), sorted(a ^ b))
a |= {7}
a &= {1, 7}
print(sorted(a))
print(type(list[int]), type(int | None), type(list[int]) is type(dict[str, int]))
