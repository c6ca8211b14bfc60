# reversed() of dicts and their views (insertion order, backwards), of sequences and objects with
# __reversed__; what is neither is "not reversible" at once.
d={"a":1,"b":2}
print(list(reversed(d)), list(reversed(d.items())), list(reversed(d.values())), list(reversed(d.keys())))
import collections
print(list(reversed(collections.OrderedDict(x=1,y=2))))
try:
    reversed({1,2})
except TypeError as e: print(e)
print(list(reversed(range(3))), list(reversed("abc")), list(reversed([1,2])), list(reversed((1,2))), list(reversed(b"ab")), list(reversed(bytearray(b"xy"))))
class S:
    def __len__(self): return 2
    def __getitem__(self, i): return i*10
print(list(reversed(S())))
class R:
    def __reversed__(self): return iter([3,2,1])
print(list(reversed(R())))
import array
print(list(reversed(array.array("i",[1,2]))), list(reversed(memoryview(b"ab"))))
for x in (5, None):
    try: reversed(x)
    except TypeError as e: print(e)
