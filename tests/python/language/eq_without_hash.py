# A class that defines __eq__ without __hash__ is unhashable (hash(), set items, dict keys), as
# are its subclasses unless they define __hash__; `__hash__ = None` too. Dataclasses follow
# CPython's table (eq without frozen: unhashable; frozen or unsafe_hash: hashable), Enum members
# stay hashable.
import asyncio
import collections.abc
import enum
from dataclasses import dataclass, field


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)


class Point3(Point):
    pass


class HashedPoint(Point):
    def __hash__(self):
        return hash((self.x, self.y))


class NoHash:
    __hash__ = None


class Restored:
    def __eq__(self, other):
        return self is other

    __hash__ = object.__hash__


class Base:
    def __hash__(self):
        return 42


class EqOverBase(Base):
    def __eq__(self, other):
        return True


class Plain:
    pass


def try_hash(label, obj):
    try:
        hash(obj)
        result = "hashable"
    except TypeError as e:
        result = f"TypeError: {e}"
    for kind in ("set", "dict"):
        try:
            {obj} if kind == "set" else {obj: 1}
        except TypeError as e:
            result += f" | {kind}: {e}"
    print(f"{label:12} {result}")


for cls in (Point, Point3, HashedPoint, NoHash, Restored, EqOverBase, Plain):
    obj = cls(1, 2) if issubclass(cls, Point) else cls()
    try_hash(cls.__name__, obj)
    print("   __hash__ is None:", cls.__hash__ is None, "| Hashable:", isinstance(obj, collections.abc.Hashable))

print(HashedPoint(1, 2) in {HashedPoint(1, 2)}, Point(1, 2) == Point(1, 2))
print(Plain.__hash__, object.__hash__)
r = Restored()
print(hash(r) == object.__hash__(r), Base().__hash__())


class Later:
    pass


Later.__eq__ = lambda self, other: True
try_hash("Later", Later())


@dataclass
class Job:
    name: str
    priority: int = 0


@dataclass(frozen=True)
class Key:
    name: str


@dataclass(unsafe_hash=True)
class Tag:
    name: str
    items: list = field(default_factory=list, hash=False)


@dataclass(eq=False)
class Handle:
    name: str


@dataclass(order=True)
class Ranked:
    rank: int


for obj in (Job("a"), Key("a"), Tag("a"), Handle("a"), Ranked(1)):
    try_hash(type(obj).__name__, obj)
    print("   __hash__ is None:", type(obj).__hash__ is None)
print(hash(Key("a")) == hash(Key("a")), {Key("a"), Key("a")}, Tag("x") == Tag("x"))


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Perm(enum.Flag):
    R = 4
    W = 2


print({Color.RED: "r"}, {Level.LOW}, {Perm.R | Perm.W: 1}, hash(Level.HIGH) == hash(2))


async def worker(seen, job):
    await asyncio.sleep(0.1)
    try:
        seen.add(job)
    except TypeError as e:
        print("worker:", e)


async def main():
    seen = set()
    await asyncio.gather(worker(seen, Key("k")), worker(seen, Job("j")), worker(seen, Key("k")))
    print(seen)


asyncio.run(main())
