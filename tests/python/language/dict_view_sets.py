# Dict views as CPython's: len(), truth, keys()/items() as sets (&, |, -, ^, comparisons, isdisjoint).
d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "c": 30, "z": 0}
print(len(d.keys()), len(d.values()), len(d.items()), len({}.items()))
print(bool({}.keys()), bool(d.values()), bool({}.items()))
print(sorted(d.keys() & e.keys()), sorted(d.keys() | e.keys()), d.keys() - e.keys(), sorted(d.keys() ^ e.keys()))
print(d.keys() & ["a", "q"], ["a", "q"] & d.keys(), {"a", "q"} & d.keys(), {"a"} | d.keys() == set("abc"))
print(sorted(["q"] | d.keys()), ["a", "q"] - d.keys(), {"a", "q"} - d.keys(), sorted({"a", "q"} ^ d.keys()))
print(d.keys() == {"a", "b", "c"}, {"a", "b", "c"} == d.keys(), d.keys() != {"a"}, d.keys() == ["a", "b", "c"])
print(d.keys() <= {"a", "b", "c", "d"}, d.keys() < {"a", "b", "c"}, d.keys() >= {"a"}, d.keys() > {"a", "b", "c"})
print({"a"} < d.keys(), {"a", "b", "c"} <= d.keys(), {"a", "x"} <= d.keys(), frozenset("abcd") > d.keys())
print(d.keys() == e.keys(), d.keys() == dict.fromkeys("cba").keys(), d.items() == {("a", 1), ("b", 2), ("c", 3)})
print(("a", 1) in d.items(), ("a", 2) in d.items(), "a" in d.items(), ("z", 0) in e.items(), [1] in d.items())
print(sorted(d.items() & {("a", 1), ("b", 5)}), sorted(d.items() - {("a", 1)}), type(d.items() | set()).__name__)
print(d.keys().isdisjoint(e.keys()), d.keys().isdisjoint(["x", "y"]), d.items().isdisjoint({("a", 1)}), {}.keys().isdisjoint([]))
print(d.values() == d.values(), type(d.keys() & e.keys()).__name__, d.keys() & set())
s = d.keys()
s &= {"a"}
print(s, type(s).__name__)
try:
    d.values() & {1}
except TypeError as ex:
    print("TypeError", ex)
try:
    d.keys() < ["a"]
except TypeError as ex:
    print("TypeError", ex)
try:
    d.keys() & 5
except TypeError as ex:
    print("TypeError", ex)
from collections import OrderedDict
o = OrderedDict(a=1, b=2)
print(len(o.keys()), o.keys() & {"a"}, o.keys() == {"a", "b"})

d = {1: "a", 2: "b", 3: "c", 9: "z"}
e = {3: 0, 2: 0, 7: 0}
print(d.keys() & e.keys(), e.keys() & d.keys(), d.keys() | e.keys(), e.keys() | d.keys())
print(d.keys() - e.keys(), d.keys() ^ e.keys(), e.keys() ^ d.keys(), [7, 1] & d.keys(), d.keys() & [9, 1])
print(d.items() & {(1, "a"), (2, "x")}, d.keys() & {1, 2, 3, 4, 5, 6, 7, 8})
