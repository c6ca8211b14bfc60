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

TEST_CASE("dicts: {**a, **b} displays, mappings with keys(), errors, keys evaluated before values") {
    check_script(R"PY(a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30, "w": 0}
print({**a, **b})
print({**b, "first": 0, **a})
print({**a})
print({**{}, "k": 1, **dict(q=2)})
print({"y": 0, **a, "y": 5})
class M:
    def keys(self):
        return ["m2", "m1"]
    def __getitem__(self, k):
        return k.upper()
print({**M(), "x": 0})
try:
    {**1}
except TypeError as e:
    print("TypeError:", e)
try:
    {**[("a", 1)]}
except TypeError as e:
    print("TypeError:", e)
n = 0
def f():
    global n
    n += 1
    return n
print({f(): f(), **{f(): f()}, f(): f()})
print({**{i: i * i for i in range(3)}, 2: "two"})
n=0
def f():
    global n
    n += 1
    return n
print({f(): f() for _ in range(2)})
print({f(): f()})
d = {}
d[f()] = f()
print(d)
)PY",
                 R"OUT({'x': 1, 'y': 20, 'z': 30, 'w': 0}
{'y': 2, 'z': 30, 'w': 0, 'first': 0, 'x': 1}
{'x': 1, 'y': 2}
{'k': 1, 'q': 2}
{'y': 5, 'x': 1}
{'m2': 'M2', 'm1': 'M1', 'x': 0}
TypeError: 'int' object is not a mapping
TypeError: 'list' object is not a mapping
{1: 2, 3: 4, 5: 6}
{0: 0, 1: 1, 2: 'two'}
{1: 2, 3: 4}
{5: 6}
{8: 7}
)OUT");
}

TEST_CASE("dicts: ** in a dict comprehension is a SyntaxError") {
    auto c = run_py("d = {**a for a in []}\n");
    CHECK_FALSE(c.result.ok);
    CHECK(c.result.error_type == "SyntaxError");
    CHECK(c.result.message == "dict unpacking cannot be used in dict comprehension");
}

TEST_CASE("dicts: randomised inserts, deletes, popitem, copies and updates match CPython") {
    check_script(
        R"PY(import random
random.seed(12345)
out = []
for trial in range(60):
    d = {}
    n_ops = random.randint(1, 3000)
    keyspace = random.choice([4, 16, 100, 1000, 50000])
    for _ in range(n_ops):
        op = random.random()
        k = random.randrange(keyspace)
        if random.random() < 0.3:
            k = "s" + str(k)
        elif random.random() < 0.1:
            k = (k, k % 7)
        if op < 0.55:
            d[k] = len(d)
        elif op < 0.75:
            d.pop(k, None)
        elif op < 0.8:
            if d:
                d.popitem()
        elif op < 0.85:
            d.setdefault(k, -1)
        elif op < 0.87:
            d = dict(d)
        elif op < 0.88:
            d = d.copy()
        elif op < 0.885:
            d.clear()
        elif op < 0.9:
            d.update({k: 1, "u" + str(k): 2})
        else:
            _ = k in d
    out.append((len(d), list(d.items())[:5], list(d)[-5:], sum(1 for _ in d)))
for o in out:
    print(o)
)PY",
        R"OUT((11, [('us0', 2), ((1, 1), 10), ((0, 0), 9), ((2, 2), -1), ('s2', 9)], ['s1', 3, 'u1', (3, 3), 0], 11)
(49, [('s95', 0), (78, 1), (91, 2), (39, 3), ('s87', 5)], [(44, 2), 54, 90, 's55', 86], 49)
(16, [('s37385', 0), (21482, 1), (34518, 2), ('s20376', -1), (48328, 4)], [45219, 27499, 33072, 's48733', 32984], 16)
(16, [(25, 0), ('s12', 1), (78, 2), ('s96', -1), (34, 4)], ['s44', 64, 15, 's63', 'us63'], 16)
(44, [(19, 1), ('s7', 1), (26, 44), (90, 3), ('s29', 13)], [93, 88, 95, (99, 1), 74], 44)
(228, [(16037, 0), (36160, 1), (19421, 2), (34099, 1), ('s18158', 4)], ['s34895', (39844, 0), 'u(39844, 0)', 39587, (23812, 5)], 228)
(3, [('s1', 0), (2, 1), ('u2', 2)], ['s1', 2, 'u2'], 3)
(19, [(85, 1), ('s18', 1), ('s12', 2), (82, 3), ((32, 4), 4)], ['u75', 18, 's68', 's13', 99], 19)
(88, [(89, 85), ((61, 5), 45), ((83, 6), 6), ((27, 6), 9), ('s64', 10)], [2, 's19', 's84', 26, 's73'], 88)
(172, [((30, 2), 1), (25, 158), ('s19', -1), (16, 169), ('s42', 13)], [32, 'u32', 67, (59, 3), (80, 3)], 172)
(7, [('s4', 0), ('s6', 1), (7, -1), (8, 3), ('s10', 4)], [7, 8, 's10', 12, 1], 7)
(122, [('s28', 0), (16, 20), (65, 79), ('s68', 20), ('s30', 1)], ['s83', 11, 's40', 's90', 74], 122)
(144, [(475, 0), ('s441', 1), ((165, 4), 2), ('s40', 3), (124, 4)], [258, 454, 'u454', 352, 's343'], 144)
(141, [((20052, 4), 0), ('s22996', -1), ('s19960', 1), ('us19960', 2), ('s24527', 4)], ['s12348', (37298, 2), 's11318', 33352, (3444, 0)], 141)
(8, [('s0', 4), (1, 4), ('s2', 1), ('s1', 8), (0, 1)], ['s1', 0, 'u0', 's3', 'us2'], 8)
(70, [('s17', 0), ((20, 6), 1), (40, 3), ('s60', 4), ('s64', 5)], ['s67', 61, 's26', 58, 22], 70)
(12, [((2, 2), 11), ('u1', 2), ((1, 1), 10), ('u3', 2), (3, 10)], ['s1', 0, 's0', 1, 2], 12)
(21, [(62, 0), ('s70', 1), ('s21', 2), (18, 3), ('s59', 21)], [31, 90, 36, 78, 's27'], 21)
(15, [('u0', 2), ('u3', 2), ('u1', 2), ('u2', 2), ((1, 1), 16)], ['s3', 's1', 'us1', 's0', 3], 15)
(17, [('s8', 0), ('s14', 2), (11, -1), (10, 16), (7, 5)], [1, 6, 15, 's7', 8], 17)
(47, [(64, 12), (26, 2), (86, 28), ('s11', 4), ('s8', 5)], [87, 74, 85, 56, 's14'], 47)
(58, [(13, 0), (46, 1), (97, 2), (2, 3), ('s35', 4)], [84, 's52', (55, 6), 18, 93], 58)
(4, [('s0', 4), (0, 3), ('u0', 2), (2, 3)], ['s0', 0, 'u0', 2], 4)
(268, [(43653, -1), (5885, -1), (33477, 2), (14458, 3), (31276, 4)], [1090, 8342, 42291, 49367, 46444], 268)
(27, [(43, 0), ((7, 0), 1), (48, 2), ('s34', 3), (8, 4)], [16, 74, 's53', 's55', 's37'], 27)
(9, [('u1', 2), ((0, 0), 10), ('s0', 8), ('u0', 2), (2, 9)], [2, (2, 2), 1, 0, 3], 9)
(8, [(72, 0), ('s4', 1), ('s68', 2), (78, 3), (20, 4)], [78, 20, 's49', 's59', 'us59'], 8)
(4, [(2, 1), ('s3', 1), ('s0', 2), ('s1', 4)], [2, 's3', 's0', 's1'], 4)
(102, [('s238', 0), (428, 1), ('s784', 2), (253, 3), (473, 4)], [380, 's660', 811, 32, 818], 102)
(69, [('s310', 0), (515, 1), (849, 2), (756, 3), (776, 4)], [820, 908, 383, 277, 906], 69)
(23, [(8, 19), ('s2', 20), ('s13', 21), (14, 5), (15, 6)], [1, 0, 11, 5, 'u2'], 23)
(4, [(214, 0), (474, -1), (466, 2), (537, 3)], [214, 474, 466, 537], 4)
(47, [(96, 0), ('s74', 1), ('s30', 43), ('s23', 3), (60, 4)], ['s86', 1, 44, 38, 's31'], 47)
(31, [('s2', 32), ('s0', 31), (2, 16), (6, 31), ('s6', 31)], [12, 4, 7, 0, 5], 31)
(115, [('s692', 0), (961, 1), ('u961', 2), (363, 3), (237, 4)], ['s588', 845, 506, 's754', 393], 115)
(46, [(19732, 0), (16546, 1), ('u16546', 2), ('s16448', 3), (42938, 4)], ['s15679', 22898, 's1323', 's46326', 48023], 46)
(239, [((699, 6), 0), ('s893', 1), (826, 2), (536, 3), ('s905', 4)], [322, 783, 939, (920, 3), 162], 239)
(107, [(36512, 0), (7353, 1), ('s35515', 2), (14499, 3), (16387, 4)], [3029, 's19316', 's4249', 39919, 7473], 107)
(140, [('s26883', 0), (43811, 1), (46327, 2), (25859, -1), (24706, 4)], [36614, 25499, 's22978', 42169, 12464], 140)
(6, [('u2', 2), ('s0', 8), ('s2', 7), (0, 6), (1, 7)], ['s0', 's2', 0, 1, 3], 6)
(80, [(871, 0), (550, 1), (600, 1), ('u600', 2), ('s185', 4)], ['s578', 26, 58, 19, 298], 80)
(10, [('s0', 6), ((0, 0), 4), ('s1', 5), (2, 10), ('u2', 2)], ['s3', 1, 's2', 0, 3], 10)
(2, [(9, 0), (98, 1)], [9, 98], 2)
(8, [('s1', 9), ('u2', 2), ('u3', 2), ('s0', 7), ((1, 1), 7)], ['s0', (1, 1), 1, 3, 0], 8)
(93, [('s10', 51), (60, 57), ('s2', 2), (79, 3), (83, 4)], ['s69', 54, 's54', 18, 57], 93)
(86, [(6160, 1), ('u6160', 2), (10999, 2), ('s40724', -1), (36402, 4)], [39260, 25055, 45847, 's29724', 'us29724'], 86)
(121, [((203, 0), 0), ('s912', -1), ((221, 4), 2), (52, -1), ('s724', 4)], [724, (551, 5), 473, 13, (595, 0)], 121)
(10, [(46123, 0), (11397, 1), (27775, 2), (25752, 3), (668, 4)], ['s40304', 43627, 10204, 26664, 30570], 10)
(68, [(52, 23), (62, 15), ((43, 1), 2), ('s38', 3), ('s3', 4)], [55, 56, 's23', 80, 90], 68)
(25, [((4, 4), 0), (53, 1), ('u53', 2), (59, 3), (54, 4)], [7, 49, 18, 57, 's99'], 25)
(9, [('u2', 2), (1, 9), ((2, 2), -1), (0, 7), (3, 10)], [3, 's2', 's0', 2, 's1'], 9)
(94, [((7, 0), -1), (70, 1), ('u70', 2), (61, 3), (56, 4)], [95, 's75', 93, 13, 8], 94)
(127, [(33, 0), (594, 1), ('s543', 2), (57, -1), ('s970', 4)], [708, 411, 's278', 's230', 's523'], 127)
(27, [(2, 25), (4, 18), (14, 23), ('s7', 23), ('s6', 17)], [1, 6, 's14', 5, 8], 27)
(3, [(3, 3), (0, 3), (1, -1)], [3, 0, 1], 3)
(207, [('s943', 0), (443, 1), (267, 2), ('s365', 3), (878, 4)], ['s986', 's345', 145, 622, 562], 207)
(58, [('s37345', 1), ('us37345', 2), ('s17250', 2), ('s30597', 3), ('s34883', 4)], ['s8585', 17037, 17819, 's45844', 29590], 58)
(13, [(13, 8), ((12, 5), -1), (14, 3), (1, 4), (2, 1)], [10, 7, 0, 4, 's3'], 13)
(33, [('s5', 28), ('s10', 31), ((9, 2), 28), ('u0', 2), (1, 32)], [7, 14, 5, 11, 4], 33)
(113, [(45, 86), (84, 78), ('s57', 3), (44, 91), ('s41', 5)], [91, 82, 's48', (57, 1), 's53'], 113)
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
