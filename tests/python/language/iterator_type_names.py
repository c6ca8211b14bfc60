# Built-in iterators carry CPython 3.11's type names (type(), __name__, the default repr).
import re

def show(label, it):
    text = re.sub(r"0x[0-9a-f]+", "0x...", repr(it))
    print(label, type(it), type(it).__name__, text)

show("reversed(list)", reversed([1]))
show("iter(list)", iter([]))
show("iter(tuple)", iter(()))
show("iter(range)", iter(range(3)))
show("reversed(range)", reversed(range(3)))
show("iter(ascii str)", iter("a"))
show("iter(str)", iter("é"))
show("iter(dict)", iter({}))
show("iter(keys)", iter({}.keys()))
show("iter(values)", iter({}.values()))
show("iter(items)", iter({}.items()))
show("iter(set)", iter(set()))
show("iter(frozenset)", iter(frozenset()))
show("iter(bytes)", iter(b""))
show("iter(bytearray)", iter(bytearray()))
show("reversed(tuple)", reversed((1,)))
show("reversed(str)", reversed("ab"))
show("zip", zip())
show("map", map(str, []))
show("filter", filter(None, []))
show("enumerate", enumerate([]))
# iteration itself is unchanged
print(list(reversed(range(10, 0, -3))), list(reversed(range(0))), list(reversed(range(1, 10, 2))))
d = {"a": 1, "b": 2}
print(list(iter(d)), list(iter(d.values())), list(iter(d.items())), [k for k in d])
it = iter([1, 2, 3])
print(next(it), list(it), list(reversed([1, 2, 3])), list(reversed("abc")), list(iter("héllo")))
print([b for b in b"ab"], [b for b in bytearray(b"cd")], sorted(iter({3, 1, 2})))
print(isinstance(iter([]), type(iter([1]))), type(iter([])) is type(iter([5])))
