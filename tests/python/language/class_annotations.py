# Class-body annotations are kept in the class's __annotations__ (as text, as with
# `from __future__ import annotations`), in order; methods' local annotations are not.
from __future__ import annotations

import typing
from dataclasses import dataclass, field, fields
from typing import ClassVar, Optional


class Config:
    name: str
    retries: int = 3
    tags: list[str] = []
    limits: dict[str, int]
    parent: Optional[Config] = None
    forward: "Later"
    either: int | None
    shared: ClassVar[int] = 0
    items: typing.List[typing.Any]
    shape: tuple[int, ...]

    def method(self):
        local: int = 5
        return local


print(Config.__annotations__)
print(Config.retries, Config.tags, Config.parent, Config().method())
print(hasattr(Config, "name"), "__annotations__" in Config.__dict__)


class Child(Config):
    extra: bytes


print(Child.__annotations__, Child.retries)


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    attempts: int = 0
    count: ClassVar[int] = 0


print([(f.name, f.type) for f in fields(Job)])
print(Job(2, "b") < Job(3, "a"), Job(1, "x"))
try:
    Job()
except TypeError as e:
    print("TypeError:", e)
