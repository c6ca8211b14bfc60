# str.format fields that name an argument's attribute or item (PEP 3101): "{0.name}",
# "{user[email]}", "{0[1]}", chained, with conversions and specs, and CPython's errors.
from collections import namedtuple

Point = namedtuple("Point", "x y")


class Task:
    def __init__(self, name, deps):
        self.name = name
        self.deps = deps
        self.owner = Point(3, 4)


t = Task("build", ["fetch", "parse"])
user = {"email": "a@b.c", "tags": ["x", "y"], "7": "seven"}
print("{0.name} needs {0.deps[0]} and {0.deps[1]}".format(t))
print("{.name!r:>10}|{[email]:<8}|".format(t, user))
print("{t.owner.x},{t.owner.y} {u[tags][1]} {u[7]}".format(t=t, u={"tags": ["p", "q"], "7": 7, 7: "int"}))
print("{0[0]}-{0[1]}-{1.x}".format(("a", "b"), Point(5, 6)))
print("{p.x:03d} {p.y:.1f}".format(p=Point(7, 2.25)))
for bad in ("{0.}", "{0.missing}", "{1[9]}", "{0[1]x}"):
    try:
        print(bad.format(Point(1, 2), (1, 2)))
    except (ValueError, AttributeError, IndexError) as e:
        print(type(e).__name__, e)
