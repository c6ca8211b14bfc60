# Annotations as CPython 3.11 keeps them: a function's parameter and return annotations in its
# __annotations__ (evaluated at def time, before the decorators run), a class body's and a module's
# `name: T` in theirs; methods' local annotations are not evaluated. Under
# `from __future__ import annotations` they stay text (tests/python/language/class_annotations.py).
import asyncio
import functools
import typing
from dataclasses import InitVar, dataclass, field, fields
from typing import Any, Awaitable, Callable, Optional, TypeVar, get_type_hints

T = TypeVar("T")
count: int = 0
label: "str"
print(__annotations__)


def plain(a, b=1):
    return a + b


def typed(a: int, b: str = "x", *args: float, key: bool = False, **kw: Any) -> list[int]:
    return [a]


async def fetch(url: str, timeout: float | None = None) -> dict[str, Any]:
    await asyncio.sleep(0)
    return {"url": url}


def retry(attempts: int) -> Callable[[Callable[..., Awaitable[T]]], Callable[..., Awaitable[T]]]:
    def wrap(fn):
        @functools.wraps(fn)
        async def inner(*args, **kwargs):
            return await fn(*args, **kwargs)
        return inner
    return wrap


@retry(3)
async def lookup(user_id: int) -> dict:
    return {"id": user_id}


order = []


def note(text):
    order.append(text)
    return text


def decorate(fn):
    order.append("decorator sees " + repr(fn.__annotations__))
    return fn


@decorate
def evaluated_in_order(a: note("a"), b: note("b")) -> note("return"):
    pass


print(plain.__annotations__, typed.__annotations__)
print(fetch.__annotations__)
print(lookup.__annotations__, lookup.__name__)
print(order)
print(retry.__annotations__["return"])
plain.__annotations__["a"] = int
print(plain.__annotations__, (lambda x: x).__annotations__)


class Node:
    value: int
    children: "list[Node]"
    parent: Optional["Node"] = None
    kind: type = dict

    def total(self) -> int:
        size: int = 1  # a local annotation: not evaluated, not stored
        return size


print(Node.__annotations__, Node.total.__annotations__)
print(get_type_hints(Node))
print(get_type_hints(typed))


@dataclass
class Job:
    name: str
    priority: int = 0
    scale: InitVar[float] = 1.0
    cost: float = field(init=False, default=0.0)

    def __post_init__(self, scale):
        self.cost = self.priority * scale


job = Job("build", 3, 2.5)
print(job, [(f.name, f.type) for f in fields(Job)], hasattr(job, "scale"))
print(Job.__dataclass_fields__["scale"].type)


class Handler:
    registry: typing.ClassVar[dict[str, int]] = {}
    queue: asyncio.Queue[int]
    event: asyncio.Event

    def run(self, missing: "Undefined") -> None:
        pass


print(Handler.__annotations__, Handler.run.__annotations__)
try:
    def broken(x: undefined_name):
        pass
except NameError as e:
    print("NameError:", e)
