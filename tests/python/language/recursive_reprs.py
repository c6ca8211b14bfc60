# Containers that hold themselves print `[...]`, `(...)`, `{...}` (or `...` in collections' reprs)
# where CPython's do, instead of recursing until RecursionError; json refuses them as CPython does.
# A deep but acyclic structure still prints in full; the guard ends with the print, even one that
# raised.
import json
from collections import ChainMap, OrderedDict, UserDict, UserList, defaultdict, deque

a = [1, 2]
a.append(a)
print(a, str(a), f"{a!r}")
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
mixed = [a, {"x": a}, (a, d)]
print(mixed)
both = [d, d, a, a]
print(both)

o = OrderedDict(a=1)
o["me"] = o
print(o)
dq = deque([1])
dq.append(dq)
print(dq)
dd = defaultdict(list)
dd["me"] = dd
print(dd)
cm = ChainMap({})
cm.maps[0]["me"] = cm
print(cm)
ul = UserList([0])
ul.append(ul)
print(ul)
ud = UserDict()
ud["me"] = ud
print(ud)

for cyclic in (a, d):
    try:
        json.dumps(cyclic)
    except ValueError as e:
        print("ValueError:", e)


class Boom:
    def __repr__(self):
        raise RuntimeError("no repr")


holder = [a, Boom()]
try:
    text = repr(holder)
except RuntimeError as e:
    print("RuntimeError:", e)
print(a)  # the guard of the failed print is gone

nested = []
for _ in range(50):
    nested = [nested, 1]
print(len(repr(nested)))
