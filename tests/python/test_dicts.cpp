// Dicts keep insertion order (runtime/python/patches/0012-ordered-dicts.patch): each script's
// expected output is what CPython 3.11.7 prints for it.
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "support.hpp"

namespace {

// Runs `source` and checks that it succeeds with exactly `expected` on stdout.
void check_script(const char* source, const char* expected) {
    auto c = run_py(source);
    INFO(c.result.traceback);
    INFO(c.err);
    CHECK(c.result.ok);
    CHECK(c.out == expected);
}

}  // namespace

TEST_CASE("dicts: literal, insertion, repr, views and iteration keep insertion order") {
    check_script(R"PY(d = {"zeta": 1, "alpha": 2, "mid": 3}
d["beta"] = 4
d[10] = "ten"
d[(1, 2)] = None
d[-5] = 0.5
print(d)
print(list(d), len(d))
print(d.keys())
print(d.values())
print(d.items())
for k in d:
    print(k, end=" ")
print()
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
print("alpha" in d, "nope" in d, "alpha" in d.keys())
d["alpha"] = 20
print(d)
)PY",
                 R"OUT({'zeta': 1, 'alpha': 2, 'mid': 3, 'beta': 4, 10: 'ten', (1, 2): None, -5: 0.5}
['zeta', 'alpha', 'mid', 'beta', 10, (1, 2), -5] 7
dict_keys(['zeta', 'alpha', 'mid', 'beta', 10, (1, 2), -5])
dict_values([1, 2, 3, 4, 'ten', None, 0.5])
dict_items([('zeta', 1), ('alpha', 2), ('mid', 3), ('beta', 4), (10, 'ten'), ((1, 2), None), (-5, 0.5)])
zeta alpha mid beta 10 (1, 2) -5 
zeta=1 alpha=2 mid=3 beta=4 10=ten (1, 2)=None -5=0.5 
True False True
{'zeta': 1, 'alpha': 20, 'mid': 3, 'beta': 4, 10: 'ten', (1, 2): None, -5: 0.5}
)OUT");
}

TEST_CASE("dicts: deletion then re-insertion goes to the end; pop, setdefault, clear") {
    check_script(R"PY(d = dict.fromkeys("abcdef", 0)
del d["b"]
d["b"] = 1
print(d)
print(d.pop("a"), d.pop("zz", "default"))
d["a"] = 2
print(d)
d.setdefault("c", 99)
d.setdefault("new", 7)
print(d)
del d["f"], d["new"]
d["f"] = 3
print(d, len(d))
d.clear()
d["x"] = 1
d["y"] = 2
print(d)
try:
    del d["q"]
except KeyError as e:
    print("KeyError", e)
)PY",
                 R"OUT({'a': 0, 'c': 0, 'd': 0, 'e': 0, 'f': 0, 'b': 1}
0 default
{'c': 0, 'd': 0, 'e': 0, 'f': 0, 'b': 1, 'a': 2}
{'c': 0, 'd': 0, 'e': 0, 'f': 0, 'b': 1, 'a': 2, 'new': 7}
{'c': 0, 'd': 0, 'e': 0, 'b': 1, 'a': 2, 'f': 3} 6
{'x': 1, 'y': 2}
KeyError 'q'
)OUT");
}

TEST_CASE("dicts: many inserts and resizes, deletions with holes, churn, popitem/insert cycles") {
    check_script(R"PY(d = {}
order = [(i * 7919) % 1000 for i in range(1000)]
for k in order:
    d[k] = k * k
print(len(d), list(d) == order, list(d)[:5], list(d)[-3:])
print(all(d[k] == k * k for k in range(1000)))
for k in order[::2]:
    del d[k]
print(len(d), list(d) == order[1::2], list(d)[:4])
for k in range(1000, 1500):
    d[str(k)] = k
print(len(d), list(d)[-2:], list(d)[:3])
print(sum(v for v in d.values() if isinstance(v, int)))
# churn: the size stays small while many keys come and go
c = {}
for i in range(20000):
    c[i] = i
    if i >= 3:
        del c[i - 3]
print(c)
# popitem then insert, many times
p = {"a": 1, "b": 2, "c": 3}
for i in range(20000):
    k, v = p.popitem()
    p[k + "!" if len(k) < 4 else k[0]] = v + 1
print(p)
big = {f"k{i}": i for i in range(3000)}
for i in range(0, 3000, 3):
    del big[f"k{i}"]
print(len(big), list(big)[:4], list(big.items())[-2:])
)PY",
                 R"OUT(1000 True [0, 919, 838, 757, 676] [243, 162, 81]
True
500 True [919, 757, 595, 433]
1000 ['1498', '1499'] [919, 757, 595]
167291250
{19997: 19997, 19998: 19998, 19999: 19999}
{'a': 1, 'b': 2, 'c': 20003}
2000 ['k1', 'k2', 'k4', 'k5'] [('k2998', 2998), ('k2999', 2999)]
)OUT");
}

TEST_CASE("dicts: popitem is LIFO; empty popitem raises KeyError") {
    check_script(R"PY(d = {"a": 1, "b": 2, "c": 3}
print(d.popitem(), d)
d["z"] = 26
d["a"] = 100
print(d.popitem(), d.popitem(), d)
print(d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
e = {i: str(i) for i in range(10)}
del e[9]
del e[8]
print(e.popitem())
e[42] = "x"
print(e)
while e:
    print(e.popitem(), end=" ")
print()
)PY",
                 R"OUT(('c', 3) {'a': 1, 'b': 2}
('z', 26) ('b', 2) {'a': 100}
('a', 100) {}
KeyError: 'popitem(): dictionary is empty'
(7, '7')
{0: '0', 1: '1', 2: '2', 3: '3', 4: '4', 5: '5', 6: '6', 42: 'x'}
(42, 'x') (6, '6') (5, '5') (4, '4') (3, '3') (2, '2') (1, '1') (0, '0') 
)OUT");
}

TEST_CASE("dicts: kwargs, dict(), comprehensions, update, |, copy, equality ignores order") {
    check_script(R"PY(a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30, "w": 0}
print(a | b, b | a)
c = dict(a)
c |= {"q": 9, "x": -1}
print(c)
print(dict(zip("hello", range(5))))
print(dict([("k2", 2), ("k1", 1)], k0=0, k3=3))
print(dict(b=1, a=2, c=3))
def f(**kw):
    return kw
print(f(zz=1, aa=2, mm=3))
print(f(**b, extra=1))
def g(*args, **kw):
    print(list(kw.items()))
g(1, 2, third=3, second=2, first=1)
m = {"m": 1, "n": 2}
m.update({"a": 1, "m": 5}, b=2)
m.update([("c", 3), ("n", 6)])
print(m)
print({k: len(k) for k in ["ccc", "a", "bb", "dddd"]})
print({x % 5: x for x in range(12)})
cp = m.copy()
cp["new"] = 1
del cp["m"]
print(cp, m)
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 2}, {1: 1} != {1: 1})
print(list(reversed(list(m.items()))))
print(sorted(m), max(m, key=m.get))
print(str({"q": [1, {"in": (2, 3)}], "p": {}}))
)PY",
                 R"OUT({'x': 1, 'y': 20, 'z': 30, 'w': 0} {'y': 2, 'z': 30, 'w': 0, 'x': 1}
{'x': -1, 'y': 2, 'q': 9}
{'h': 0, 'e': 1, 'l': 3, 'o': 4}
{'k2': 2, 'k1': 1, 'k0': 0, 'k3': 3}
{'b': 1, 'a': 2, 'c': 3}
{'zz': 1, 'aa': 2, 'mm': 3}
{'y': 20, 'z': 30, 'w': 0, 'extra': 1}
[('third', 3), ('second', 2), ('first', 1)]
{'m': 5, 'n': 6, 'a': 1, 'b': 2, 'c': 3}
{'ccc': 3, 'a': 1, 'bb': 2, 'dddd': 4}
{0: 10, 1: 11, 2: 7, 3: 8, 4: 9}
{'n': 6, 'a': 1, 'b': 2, 'c': 3, 'new': 1} {'m': 5, 'n': 6, 'a': 1, 'b': 2, 'c': 3}
True False False
[('c', 3), ('b', 2), ('a', 1), ('n', 6), ('m', 5)]
['a', 'b', 'c', 'm', 'n'] n
{'q': [1, {'in': (2, 3)}], 'p': {}}
)OUT");
}

TEST_CASE("dicts: instance __dict__, user keys with __hash__/__eq__, True/1 keys, mixed keys, globals") {
    check_script(R"PY(class Point:
    def __init__(self, y, x):
        self.y = y
        self.x = x
        self.label = "p"
p = Point(1, 2)
p.z = 3
print(p.__dict__)
class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n % 3
    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n
    def __repr__(self):
        return f"K{self.n}"
d = {Key(i): i for i in (5, 2, 8, 11, 0, 3)}
print(d)
print(d[Key(8)], Key(4) in d, Key(11) in d)
del d[Key(2)]
d[Key(2)] = "back"
print(d)
t = {True: "t"}
t[1] = "one"
t[1.0] = "float"
t[0] = "zero"
t[False] = "f"
print(t)
mixed = {None: 0, "s": 1, 2: 2, 2.5: 3, (1,): 4, b"b": 5, frozenset([1]): 6}
print(list(mixed.values()), None in mixed, b"b" in mixed)
x = 1
y = 2
names = [n for n in globals() if not n.startswith("__")]
print(names)
def kwargs_order(a, b=0, **rest):
    return rest
print(kwargs_order(1, z=1, b=2, y=2, x=3))
)PY",
                 R"OUT({'y': 1, 'x': 2, 'label': 'p', 'z': 3}
{K5: 5, K2: 2, K8: 8, K11: 11, K0: 0, K3: 3}
8 False True
{K5: 5, K8: 8, K11: 11, K0: 0, K3: 3, K2: 'back'}
{True: 'float', 0: 'f'}
[0, 1, 2, 3, 4, 5, 6] True True
['Point', 'p', 'Key', 'd', 't', 'mixed', 'x', 'y']
{'z': 1, 'y': 2, 'x': 3}
)OUT");
}

TEST_CASE("dicts: dicts survive collections at safe points while tasks churn them") {
    check_script(R"PY(import asyncio
import gc


async def churn(tag, n):
    d = {}
    for i in range(n):
        d[f"{tag}{i}"] = [i] * 3
        if i % 4 == 0:
            del d[f"{tag}{i // 2}"]
        if i % 50 == 0:
            gc.collect()
            await asyncio.sleep(0)
    return d


async def main():
    a, b = await asyncio.gather(churn("a", 600), churn("b", 400))
    gc.collect()
    await asyncio.sleep(0)
    junk = [{j: str(j) for j in range(40)} for _ in range(200)]
    del junk
    gc.collect()
    await asyncio.sleep(0)
    print(len(a), list(a)[:5], list(a)[-2:], a["a599"])
    print(len(b), list(b.items())[:3])
    print(all(v == [int(k[1:])] * 3 for k, v in a.items()))


asyncio.run(main())
)PY",
                 R"OUT(450 ['a1', 'a3', 'a5', 'a7', 'a9'] ['a598', 'a599'] [599, 599, 599]
300 [('b1', [1, 1, 1]), ('b3', [3, 3, 3]), ('b5', [5, 5, 5])]
True
)OUT");
}

// Not a timed assertion: the figures are printed (doctest MESSAGE) so a regression to linear
// lookups (seconds instead of milliseconds) is visible; correctness is checked.
TEST_CASE("dicts: performance sanity (printed)") {
    auto start = std::chrono::steady_clock::now();
    auto c = run_py(R"PY(import time
N = 200000
t0 = time.perf_counter()
d = {}
for i in range(N):
    d[i * 7] = i
t1 = time.perf_counter()
hits = 0
for i in range(N):
    if i * 7 in d:
        hits += 1
s = {f"k{i}": i for i in range(50000)}
total = 0
for i in range(50000):
    total += s[f"k{i}"]
t2 = time.perf_counter()
for i in range(0, N, 2):
    del d[i * 7]
t3 = time.perf_counter()
print(hits, total, len(d), list(d)[:3])
print(f"insert {N}: {(t1 - t0) * 1e3:.1f} ms, lookups {N + 50000}: {(t2 - t1) * 1e3:.1f} ms, delete {N // 2}: {(t3 - t2) * 1e3:.1f} ms")
)PY");
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    INFO(c.result.traceback);
    REQUIRE(c.result.ok);
    CHECK(c.out.rfind("200000 1249975000 100000 [7, 21, 35]\n", 0) == 0);
    MESSAGE(c.out << "whole run: " << ms << " ms");
}
