import copy
class T(tuple):
    pass
t=T((1,[2]))
u=copy.deepcopy(t)
print(u, type(u).__name__, u[1] is t[1], copy.copy(t), type(copy.copy(t)).__name__)
import collections
P=collections.namedtuple("P","a b")
p=P(1,[2])
q=copy.copy(p)
print(q, q is p, q[1] is p[1], copy.deepcopy(p)[1] is p[1])
import copy, dataclasses, enum, decimal, fractions, collections
@dataclasses.dataclass
class P:
    x: list
class Color(enum.Enum):
    RED = 1
d = {"p": P([1]), "c": Color.RED, "d": decimal.Decimal("1.5"), "f": fractions.Fraction(1, 3), "dq": collections.deque([1]), "od": collections.OrderedDict(a=1), "dd": collections.defaultdict(list, a=[1])}
e = copy.deepcopy(d)
print(e, e["p"].x is d["p"].x, e["c"] is Color.RED)
print(copy.copy(d)["p"] is d["p"])
Pt = collections.namedtuple("Pt", "x y")
print(copy.deepcopy(Pt(1, [2])), copy.copy(Pt(1, 2)))
