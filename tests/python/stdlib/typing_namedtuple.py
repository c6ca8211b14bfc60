# typing.NamedTuple as a class with annotated fields, defaults, methods and a docstring, and its
# functional form; the classes are namedtuples (tuples with names) as in CPython.
import asyncio
from typing import NamedTuple, Optional


class Point(NamedTuple):
    """A point in the plane."""
    x: int
    y: int = 0

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __str__(self):
        return "(%d, %d)" % self

    @property
    def swapped(self):
        return Point(self.y, self.x)


p = Point(3, 4)
print(p, repr(p), p.norm2(), p.swapped, Point(7), Point(x=1, y=2) == (1, 2))
print(Point._fields, Point._field_defaults, Point.__doc__, list(Point.__annotations__))
print(p._asdict(), p._replace(y=9), Point._make([5, 6]), isinstance(p, tuple), len(p), p[1])
x, y = p
print(x, y, type(p).__name__, type(Point), sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))


class Job(NamedTuple):
    priority: int
    name: str
    retries: Optional[int] = None


async def worker(queue, done):
    while True:
        job = await queue.get()
        done.append(job.name)
        print("ran", job)
        queue.task_done()


async def main():
    queue = asyncio.PriorityQueue()
    for job in (Job(3, "backup"), Job(1, "deploy", 2), Job(2, "test")):
        queue.put_nowait(job)
    done = []
    task = asyncio.create_task(worker(queue, done))
    await queue.join()
    task.cancel()
    print(done)


asyncio.run(main())

Pair = NamedTuple("Pair", [("left", str), ("right", str)])
print(Pair("a", "b"), Pair._fields, Pair(right="r", left="l"))
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
