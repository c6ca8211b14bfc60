# Binary operators with a builtin value on the left and an instance of a Python class on the right,
# in CPython's order: the right operand's reflected method first when its class derives from the
# left one's type and overrides it, then the left operand's (a builtin sees a builtin subclass's
# instance as its value), then the reflected one (__radd__..., __gt__ for <).
import enum
from collections import namedtuple
from decimal import Decimal
from fractions import Fraction


class Priority(enum.IntEnum):
    LOW = 1
    HIGH = 5


class Color(enum.IntFlag):
    R = 1
    G = 2


class MyInt(int):
    pass


class Big(int):
    pass


class MyFloat(float):
    pass


class MyComplex(complex):
    pass


class MyStr(str):
    pass


class MyList(list):
    pass


class MyTuple(tuple):
    pass


class RSub(int):
    def __rsub__(self, other):
        return ("RSub.__rsub__", other)

    def __gt__(self, other):
        return ("RSub.__gt__", other)


class Plain:
    def __radd__(self, other):
        return ("Plain.__radd__", other)

    def __rmul__(self, other):
        return NotImplemented

    def __ge__(self, other):
        return ("Plain.__ge__", other)


class Lt:
    def __lt__(self, other):
        return NotImplemented


class Gt:
    def __gt__(self, other):
        return "Gt.__gt__"


P = namedtuple("P", "x y")

cases = [
    # a float, complex or bool with an int subclass (aborted the process before)
    ("2.5 < Priority.HIGH", lambda: 2.5 < Priority.HIGH),
    ("1.5 * Priority.HIGH", lambda: 1.5 * Priority.HIGH),
    ("2.0 == MyInt(2)", lambda: 2.0 == MyInt(2)),
    ("5.0 != Priority.HIGH", lambda: 5.0 != Priority.HIGH),
    ("1.5 + Big(2**70)", lambda: 1.5 + Big(2**70)),
    ("2.5 ** MyInt(2)", lambda: 2.5 ** MyInt(2)),
    ("divmod(7.5, MyInt(2))", lambda: divmod(7.5, MyInt(2))),
    ("1j + MyInt(2)", lambda: 1j + MyInt(2)),
    ("1j * MyComplex(2, 1)", lambda: 1j * MyComplex(2, 1)),
    ("True + MyInt(2)", lambda: True + MyInt(2)),
    ("True < MyFloat(2.5)", lambda: True < MyFloat(2.5)),
    ("False * MyComplex(1, 1)", lambda: False * MyComplex(1, 1)),
    ("float(MyInt(3)), complex(MyInt(3))", lambda: (float(MyInt(3)), complex(MyInt(3)))),
    ("float(Big(2**70))", lambda: float(Big(2**70))),
    ("complex(MyComplex(1, 2))", lambda: complex(MyComplex(1, 2))),
    ("len(MyInt(3))", lambda: len(MyInt(3))),
    # a builtin on the left, a Python class on the right
    ("0 < Decimal('1.5')", lambda: 0 < Decimal("1.5")),
    ("1 <= Fraction(3, 2)", lambda: 1 <= Fraction(3, 2)),
    ("3 <= Priority.HIGH", lambda: 3 <= Priority.HIGH),
    ("10 - Priority.HIGH", lambda: 10 - Priority.HIGH),
    ("sorted([Priority.HIGH, 3, Priority.LOW, 2])", lambda: sorted([Priority.HIGH, 3, Priority.LOW, 2])),
    ("max(2.5, Priority.HIGH)", lambda: max(2.5, Priority.HIGH)),
    ("'a' + MyStr('b')", lambda: "a" + MyStr("b")),
    ("2 * MyStr('ab')", lambda: 2 * MyStr("ab")),
    ("(0,) + P(1, 2)", lambda: (0,) + P(1, 2)),
    ("(0,) + MyTuple((7,))", lambda: (0,) + MyTuple((7,))),
    ("[0] + MyList([1])", lambda: [0] + MyList([1])),
    ("3 - MyInt(1)", lambda: 3 - MyInt(1)),
    ("divmod(7, MyInt(2))", lambda: divmod(7, MyInt(2))),
    ("3 < MyFloat(3.5)", lambda: 3 < MyFloat(3.5)),
    ("2**70 + MyInt(1)", lambda: 2**70 + MyInt(1)),
    ("[1, 2] * MyInt(2)", lambda: [1, 2] * MyInt(2)),
    # the subclass's reflected method comes first
    ("3 - RSub(1)", lambda: 3 - RSub(1)),
    ("3 < RSub(1)", lambda: 3 < RSub(1)),
    ("3 | Color.R", lambda: 3 | Color.R),
    # a plain class's reflected methods, comparisons included
    ("1 + Plain()", lambda: 1 + Plain()),
    ("'s' + Plain()", lambda: "s" + Plain()),
    ("2 * Plain()", lambda: 2 * Plain()),
    ("1 <= Plain()", lambda: 1 <= Plain()),
    ("1 < Gt()", lambda: 1 < Gt()),
    ("Lt() < Gt()", lambda: Lt() < Gt()),
    ("Gt() > Gt()", lambda: Gt() > Gt()),
    # what neither operand supports: the operator and operands as written
    ("'a' < MyInt(1)", lambda: "a" < MyInt(1)),
    ("None < MyInt(1)", lambda: None < MyInt(1)),
    ("[1] < MyTuple(())", lambda: [1] < MyTuple(())),
    ("1 < Lt()", lambda: 1 < Lt()),
    ("7 @ MyInt(1)", lambda: 7 @ MyInt(1)),
]
for text, f in cases:
    try:
        print(text, "->", repr(f()))
    except TypeError as e:
        print(text, "-> TypeError:", e)

x = 3
x -= MyInt(1)
print(x)
x = 2.5
x += Priority.HIGH
print(x)
items = [1]
items += MyStr("ab")
print(items)
s = "a"
s += MyStr("b")
print(s, type(s).__name__)
t = (0,)
t += P(1, 2)
print(t)
try:
    x = 1
    x += Lt()
except TypeError as e:
    print(e)
