# typing.Generic[K, V] and Protocol[T] as bases keep their type variables (__parameters__,
# __orig_bases__), subscripted generic classes make aliases and instances, @runtime_checkable
# protocols check members in isinstance(), and CPython's errors for misuse.
from typing import Generic, Protocol, TypeVar, runtime_checkable, get_args, get_origin

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T", covariant=True)


class Cache(Generic[K, V]):
    def __init__(self):
        self.data = {}

    def put(self, key: K, value: V) -> None:
        self.data[key] = value


print(K, V, T, Cache.__parameters__, Cache.__orig_bases__)
print(Cache.__bases__, Cache.__mro__)
alias = Cache[str, int]
print(alias, get_origin(alias), get_args(alias), alias.__parameters__)
c = alias()
c.put("a", 1)
print(type(c).__name__, c.data, c.__orig_class__, isinstance(c, Cache), isinstance(c, Generic))
print(Cache[str, V], Cache[str, V].__parameters__, Cache[str, V][float])


class IntCache(Cache[int, V]):
    pass


print(IntCache.__parameters__, IntCache.__orig_bases__, IntCache.__bases__)
print(IntCache[bytes], issubclass(IntCache, Cache))


class Plain(Cache):
    pass


print(Plain.__parameters__, Plain.__bases__)


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


class Reader(Protocol[T]):
    def read(self) -> T: ...


class File:
    def close(self):
        pass


print(isinstance(File(), Closer), isinstance(1, Closer), issubclass(File, Closer))
print(Reader.__parameters__, Reader[int], Closer.__parameters__)


class Both(Closer, Generic[K]):
    def close(self):
        pass


print(Both.__parameters__, isinstance(Both(), Closer))

for make in (lambda: Generic[int],
             lambda: Generic[K, K],
             lambda: Cache[int],
             lambda: Plain[int],
             lambda: isinstance(File(), Reader)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)


def plain_generic():
    class Wrong(Generic):
        pass


def unlisted():
    class Wrong(Cache[K, V], Generic[K]):
        pass


for make in (plain_generic, unlisted):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
