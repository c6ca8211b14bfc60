# hash() of namedtuples, complex numbers, Fractions, Decimals and a class's own __hash__ (a long
# result hashed, a word-sized one kept, a str refused), as CPython 3.11 computes them.
from collections import namedtuple
from fractions import Fraction
from decimal import Decimal
P = namedtuple("P", "x y")
class Pair(tuple):
    pass
print(hash(P(1, 2)) == hash((1, 2)), hash(P(-1, 10**20)) == hash((-1, 10**20)), hash(Pair((1, 2))) == hash((1, 2)))
print(hash(P(1, 2)), hash(Pair((3, 4))))
print(hash(1.5 + 2j), hash(-0.5j), hash(Fraction(1, 3)), hash(Fraction(-7, 2)), hash(Decimal("2.5")))
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
for v in (5, -1, 2**61, 2**62 + 3, -2**70, True):
    print(hash(H(v)), end=" ")
print()
class Bad:
    def __hash__(self): return "x"
try:
    hash(Bad())
except TypeError as e:
    print("TypeError", e)
print({H(3), H(1), H(2)} and sorted(h.v for h in {H(3), H(1), H(2)}))
print({P(1, 2), P(0, 0), P(2, 1)})
print({1.5 + 2j, 2j, 1 + 0j})
