# dataclasses whose fields all have defaults (what this interpreter sees without class annotations),
# make_dataclass (explicit annotations, required fields), and dataclass items in a PriorityQueue.
import asyncio
from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass
from dataclasses import make_dataclass, FrozenInstanceError


@dataclass
class Config:
    host: str = "localhost"
    port: int = 8080
    tags: list = field(default_factory=list)
    secret: str = field(default="x", repr=False)


c = Config()
print(c)
print(Config("example.org", 443, ["a"]))
print(c == Config(), c == Config(port=1), c != Config(port=1))
c.tags.append("t")
print(Config().tags, c.tags)
print(asdict(c))
print(astuple(c))
print(replace(c, port=9))
print([f.name for f in fields(Config)], is_dataclass(c), is_dataclass(Config), is_dataclass(1))
print(Config.port, Config.__match_args__)
try:
    Config(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    Config(nope=1)
except TypeError as e:
    print("TypeError:", e)
try:
    Config("h", host="g")
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Point:
    x: int = 0
    y: int = 0


p = Point(1, 2)
print(p, hash(p) == hash(Point(1, 2)))
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print({p: "here"}[Point(1, 2)])


@dataclass
class Counted:
    n: int = 0
    doubled: int = field(default=0, init=False)

    def __post_init__(self):
        self.doubled = self.n * 2


print(Counted(21))
print(asdict(Counted(2)))

Job = make_dataclass("Job", [("priority", int), ("name", str, field(compare=False))], order=True)
print(Job(2, "b"), Job(1, "a") < Job(2, "b"), Job(1, "z") == Job(1, "y"))
try:
    Job(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Job()
except TypeError as e:
    print("TypeError:", e)


@dataclass(order=True)
class Item:
    priority: int = 0
    name: str = field(default="", compare=False)


@dataclass
class Outer:
    inner: Item = None
    items: list = field(default_factory=list)


print(asdict(Outer(Item(1, "one"), [Item(2, "two")])))
print(sorted([Item(3, "c"), Item(1, "a"), Item(2, "b")]))


async def worker(queue, results):
    while True:
        item = await queue.get()
        results.append(item.name)
        queue.task_done()


async def main():
    queue = asyncio.PriorityQueue()
    for p, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "urgent-too")]:
        queue.put_nowait(Item(p, name))
    results = []
    task = asyncio.create_task(worker(queue, results))
    await queue.join()
    task.cancel()
    print(results)


asyncio.run(main())

import typing

Limits = make_dataclass("Limits", [("rate", float), ("burst", typing.ClassVar[int], 5)])
print(Limits(2.5), [f.name for f in fields(Limits)], Limits.burst)


@dataclass
class Base:
    id: int = 0
    tags: list = field(default_factory=lambda: ["x"])


@dataclass
class Child(Base):
    name: str = "c"
    score: float = 1.5


print(Child(3, ["a"], "n"), Child(), [f.name for f in fields(Child)], Child(name="z") == Child(name="z"))
for frozen_base, frozen_child in [(False, True), (True, False)]:
    try:
        Parent = dataclass(frozen=frozen_base)(type("Parent", (), {"__qualname__": "Parent", "a": 1}))
        dataclass(frozen=frozen_child)(type("Kid", (Parent,), {"__qualname__": "Kid", "b": 2}))
    except TypeError as e:
        print("TypeError:", e)
