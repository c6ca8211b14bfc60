# expect: ok
# A stored key whose __eq__ empties and refills the dict (or OrderedDict) being searched or
# stored into: the lookup must not read the old table (CPython restarts the search).
from collections import OrderedDict
class K:
    def __init__(self, h, victim=None):
        self.h = h; self.victim = victim
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        v = self.victim
        if v is not None:
            self.victim = None
            v.clear()
            for i in range(100):
                v[i + 1000] = i
        return False
def run(kind, n):
    d = kind()
    keys = [K(1) for i in range(n)]
    for i, k in enumerate(keys):
        d[k] = i
    for k in keys:
        k.victim = d
    try:
        print(kind.__name__, n, K(1) in d, len(d))
    except Exception as e:
        print(kind.__name__, n, type(e).__name__, e)
    try:
        d2 = kind((K(1, None), i) for i in range(3))
        for k in list(d2):
            k.victim = d2
        d2[K(1)] = "x"
        print("store", len(d2))
    except Exception as e:
        print("store", type(e).__name__, e)
for kind in (dict, OrderedDict):
    for n in (1, 4, 9):
        run(kind, n)
def f(**kw): return kw
kw = f(a=1, b=2, c=3)
print(sorted(kw.items()))
print("ok")
