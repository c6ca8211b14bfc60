# __slots__ limits what attributes instances take and takes their __dict__ away, as in CPython:
# unless a base class has no __slots__ or '__dict__' is one of them. dataclass(slots=True) too.
from dataclasses import dataclass, fields


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
p.x = 10
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
for name in ("z", "__dict__"):
    try:
        setattr(p, name, 3) if name == "z" else getattr(p, name)
    except AttributeError as e:
        print("AttributeError:", e)


class Point3(Point):
    __slots__ = "z"


q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z)
try:
    q.w = 4
except AttributeError as e:
    print("AttributeError:", e)


class Loose(Point):
    pass


loose = Loose(1, 2)
loose.anything = 5
print(loose.anything, hasattr(loose, "__dict__"))


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b)


class Partial:
    __slots__ = ["name"]


part = Partial()
try:
    part.name
except AttributeError as e:
    print("AttributeError:", e)
try:
    object.__setattr__(part, "other", 1)
except AttributeError as e:
    print("AttributeError:", e)


@dataclass(slots=True)
class Result:
    name: str
    elapsed: float
    ok: bool = True


r = Result("fetch", 0.5)
print(r, [f.name for f in fields(Result)], hasattr(r, "__dict__"), Result.__slots__)
try:
    r.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Result("b", 1.0, False) == Result("b", 1.0, False), Result.__qualname__)
