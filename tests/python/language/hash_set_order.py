# CPython 3.11's hashes of ints, floats and tuples, so sets of them print in CPython's order.
# (hash(None) and str hashes vary between CPython runs, so they are left out.)
print(hash(-1), hash(-2), hash(-1.0), hash(-1) == hash(-1.0), hash(True), hash(1.0))
print(hash(2**61 - 1), hash(2**61), hash(-2**61), hash(2**62), hash(-2**62), hash(2**100), hash(-2**100))
print(hash(0.5), hash(-2.5), hash(1e20), hash(float(2**62)), hash(float("inf")), hash(-float("inf")))
print(hash(()), hash((1,)), hash((1, 2)), hash((-1,)), hash(((1, 2), 3)), hash((True, False)), hash((1.5, 2)))
print(hash(2 + 0j), hash(1.5 + 2j), hash(complex(-1, 0)))
print({-1, -2, -3, 1, 2})
print(set([-1, -2, -3, 1, 2]))
x = -1
print({x, -2, -3, 1, 2})
print({-5, -4, -3, -2, -1, 0, 1, 2})
print(set(range(-8, 4)))
print({(1, 2), (3, 4), (5, 6), (0, 0)})
print({(i, j) for i in range(3) for j in range(3)})
print(set([(-1, -1), (0, 0), (1, 1)]))
print({(True, False), (False, True), (1, 1)})
print({(1, (2, 3)), (4, (5, 6)), (0, ())})
print(frozenset({(1, 2), (2, 1), (0, -1)}))
print(frozenset({-1, -2, -7}))
print({(1, 2): "a", (3, 4): "b", (-1, -2): "c"})
print({-1: "a", -2: "b", -1.0: "c"})
print({1.5, 2.5, -0.5, 3.0})
print({2**61 - 1, 2**61, 0, 1})
print({(x, y) for x in range(-2, 2) for y in (-1, 1)})
grid = {(r, c) for r in range(4) for c in range(4) if (r + c) % 2 == 0}
print(sorted(grid) == sorted(list(grid)), grid)
d = {}
d[-1] = 1
d[-1.0] = 2
d[(1, 2)] = 3
d[(1.0, 2.0)] = 4
print(d, len({-1, -1.0, -1 + 0j}), (1, 2) in {(1, 2)}, -2 in {-1})
