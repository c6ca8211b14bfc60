import pickle
import dataclasses
import io


@dataclasses.dataclass
class Point:
    x: int
    y: float = 0.5


@dataclasses.dataclass(frozen=True)
class Frozen:
    name: str
    tags: tuple = ()


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def __repr__(self):
        return "Account(%r, %r)" % (self.owner, self.balance)


class Empty:
    pass


class Reduced:
    def __init__(self, v):
        self.v = v * 2

    def __reduce__(self):
        return (Reduced, (self.v // 2,))


class WithState:
    def __init__(self):
        self.a = 1
        self.cache = "big"

    def __getstate__(self):
        d = dict(self.__dict__)
        del d["cache"]
        return d

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"


print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
shared = [1, 2]
values = [None, True, False, 0, 7, 255, 256, 70000, -1, -300, 2**31, 2**100, -2**100, 1.5, -0.25,
          "", "hello", "héllo €", b"", b"\x00\xff", (), (1,), (1, 2, 3), (1, 2, 3, 4), [], [1, "a"],
          {}, {"k": [1, 2]}, set(), {3}, frozenset({4}), [shared, shared], bytearray(b"xy")]
for v in values:
    data = pickle.dumps(v)
    back = pickle.loads(data)
    print(repr(v)[:40], len(data), data[:60], back == v, type(back).__name__)

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps({"a": [1, 2.5, None], "b": ("x", b"y")}, protocol=proto)
    print(proto, len(data), data)
    print(pickle.loads(data))

p = pickle.loads(pickle.dumps(Point(1, 2.5)))
print(p, pickle.dumps(Point(3)))
f = pickle.loads(pickle.dumps(Frozen("n", (1, 2))))
print(f, f == Frozen("n", (1, 2)))
a = pickle.loads(pickle.dumps(Account("ann", 10)))
print(a, type(a).__name__, pickle.dumps(Account("bob", 5)))
print(type(pickle.loads(pickle.dumps(Empty()))).__name__, pickle.dumps(Empty()))
r = pickle.loads(pickle.dumps(Reduced(21)))
print(r.v, pickle.dumps(Reduced(21)))
w = pickle.loads(pickle.dumps(WithState()))
print(w.a, w.cache)
e = pickle.loads(pickle.dumps(ValueError("bad", 3)))
print(repr(e), e.args)

lst = [shared, shared, {"again": shared}]
back = pickle.loads(pickle.dumps(lst))
print(back, back[0] is back[1], back[2]["again"] is back[0])
cyc = [1]
cyc.append(cyc)
back = pickle.loads(pickle.dumps(cyc))
print(back[1] is back, len(pickle.dumps(cyc)))

big = list(range(5000))
data = pickle.dumps(big)
print(len(data), pickle.loads(data) == big)
d = {i: str(i) for i in range(1500)}
print(len(pickle.dumps(d)), pickle.loads(pickle.dumps(d)) == d)
blob = [b"x" * 70000, "y" * 70000, 3]
data = pickle.dumps(blob)
print(len(data), data[:20], pickle.loads(data) == blob)

buf = io.BytesIO()
pickle.dump([1, 2], buf)
pickle.dump({"second": True}, buf)
buf.seek(0)
print(pickle.load(buf), pickle.load(buf))
try:
    pickle.load(buf)
except EOFError as exc:
    print("EOFError", exc)

import os
import tempfile
path = os.path.join(tempfile.gettempdir(), "loopscope_pickle_basic.pkl")
with open(path, "wb") as fh:
    pickle.dump(Point(9, 9.5), fh)
with open(path, "rb") as fh:
    print(pickle.load(fh))
os.remove(path)

print(pickle.dumps(len), pickle.dumps(Point), pickle.loads(pickle.dumps(Point)) is Point)


def outer():
    def inner():
        pass
    return inner


for bad in (lambda: 0, outer()):
    try:
        pickle.dumps(bad)
    except Exception as exc:
        print(type(exc).__name__, str(exc).split(" at 0x")[0])
for data in (b"", b"\x80\x04K", b"zzz", b"\x80\x09N."):
    try:
        pickle.loads(data)
    except Exception as exc:
        print(type(exc).__name__, exc)
try:
    pickle.dumps(1, protocol=6)
except ValueError as exc:
    print(exc)
print(issubclass(pickle.PicklingError, pickle.PickleError), pickle.PickleError.__mro__[1].__name__)
p = pickle.Pickler(io.BytesIO(), 2)
print(p.proto if hasattr(p, "proto") else 2)
