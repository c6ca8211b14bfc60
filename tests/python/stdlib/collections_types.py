# collections as asyncio code uses it: a deque as a bounded buffer, namedtuple records, counters of
# results, defaultdict groupings, OrderedDict as an LRU cache, ChainMap of settings.
import asyncio
import collections
from collections import deque, namedtuple, defaultdict, OrderedDict, Counter, ChainMap
from collections.abc import Mapping, MutableMapping


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


d = deque([1, 2, 3], maxlen=5)
print(d, d.maxlen, deque(), deque(range(3)), len(d), bool(deque()))
d.append(4)
d.appendleft(0)
d.append(5)
print(d, d[0], d[-1])
d.rotate(2)
print(d)
d.rotate(-3)
print(d, list(reversed(d)), 3 in d, d.count(3), d.index(3))
d.extendleft([9, 8])
print(d, d.pop(), d.popleft(), d)
show("empty pop", lambda: deque().pop())
show("index", lambda: deque([1]).index(7))
show("equal", lambda: deque([1, 2]) == deque([1, 2]))
log = deque(maxlen=3)
for i in range(6):
    log.append("event %d" % i)
print(log, list(log))

Point = namedtuple("Point", "x y")
Task = namedtuple("Task", ["name", "delay", "retries"], defaults=[0])
p = Point(1, 2)
print(p, p.x + p.y, p == (1, 2), p[1], p._asdict(), p._replace(y=5), Point._fields)
print(Point._make([3, 4]), Task("fetch", 0.5), Task("sync", 1, retries=2), Task._field_defaults)
x, y = p
print(x, y, list(p), isinstance(p, tuple), type(p).__name__, sorted([Point(2, 1), Point(1, 5)]))
show("missing", lambda: Task("a"))
show("too many", lambda: Point(1, 2, 3))
show("bad name", lambda: namedtuple("Bad", "x _y"))

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups, groups["a"], dict(groups.items()))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, defaultdict(None, {"a": 1}))
show("no factory", lambda: defaultdict()["x"])

od = OrderedDict()
od["a"] = 1
od["b"] = 2
od["c"] = 3
od.move_to_end("a")
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od["d"] = 4
od.move_to_end("d", last=False)
print(od)
print(OrderedDict(x=1) == OrderedDict(x=1), OrderedDict(), OrderedDict.fromkeys("ab", 0))

c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], c.total(), sorted(c.elements())[:4])
c.update(["a", "z"])
c.subtract({"b": 2})
print(c, Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(["ok", "error", "ok", "timeout", "ok"]).most_common(), Counter())

defaults = {"timeout": 10, "retries": 3}
overrides = {"timeout": 2}
settings = ChainMap(overrides, defaults)
print(settings, settings["timeout"], settings["retries"], len(settings), sorted(settings))
child = settings.new_child({"retries": 0})
print(child["retries"], child.parents, "timeout" in child, child.get("nope", "-"))


class Registry(Mapping):
    def __init__(self, data):
        self._data = dict(data)

    def __getitem__(self, key):
        return self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


r = Registry({"a": 1, "b": 2})
print(r.get("a"), r.get("z", 0), "b" in r, list(r.keys()), list(r.items()), list(r.values()), r == {"a": 1, "b": 2})


async def producer(buffer, n):
    for i in range(n):
        buffer.append(i)
        await asyncio.sleep(0.01)


async def main():
    buffer = deque(maxlen=4)
    results = Counter()
    await asyncio.gather(producer(buffer, 6), producer(buffer, 3))
    for item in buffer:
        results["even" if item % 2 == 0 else "odd"] += 1
    print(buffer, results)


asyncio.run(main())
