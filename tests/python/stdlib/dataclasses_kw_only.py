# dataclasses: `_: KW_ONLY` marks the fields after it keyword-only (with and without the module prefix)
import dataclasses
from dataclasses import KW_ONLY, dataclass, field, fields


@dataclass
class Point:
    x: float
    _: KW_ONLY
    y: float = 0.0
    z: float = 0.0


p = Point(1, y=2)
print(p, [(f.name, f.kw_only) for f in fields(Point)])
try:
    Point(1, 2)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Job:
    name: str
    _: dataclasses.KW_ONLY
    retries: int
    delay: float = 1.5
    tags: list = field(default_factory=list)


print(Job("build", retries=3), Job("test", retries=0, delay=0.1, tags=["ci"]))
print(Job.__match_args__)


@dataclass
class Child(Job):
    owner: str = "nobody"


print(Child("deploy", retries=1), [f.name for f in fields(Child) if f.kw_only])
try:
    @dataclass
    class Twice:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
        c: int
except TypeError as e:
    print("TypeError:", e)
