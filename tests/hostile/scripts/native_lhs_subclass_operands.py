# expect: ok
# A builtin number on the left of an operator with an instance of a Python subclass of a builtin on
# the right: `2.5 < IntEnumMember` aborted the process (an assertion in mp_unary_op) before patch 0280.
# Every native number type on the left, every subclass on the right, every operator; then reflected
# methods that recurse into the same operator (RecursionError, never a crash).
import enum
class I(int): pass
class Big(int): pass
class F(float): pass
class C(complex): pass
class S(str): pass
class T(tuple): pass
class L(list): pass
class E(enum.IntEnum):
    A = 5
class Flag(enum.IntFlag):
    X = 1
rights = [I(2), Big(2**70), F(2.5), C(1, 2), E.A, Flag.X, S("ab"), T((1,)), L([1]), I(0), F(0.0), Big(-2**70)]
lefts = [2, 2**70, 2.5, 1.5j, True, False, "s", (1,), [1], None, b"x", 0, 0.0]
def small(v):
    return not isinstance(v, (int, float, complex)) or abs(v) < 100
ops = [lambda a, b: a < b, lambda a, b: a <= b, lambda a, b: a > b, lambda a, b: a >= b,
       lambda a, b: a == b, lambda a, b: a != b, lambda a, b: a + b, lambda a, b: a - b,
       lambda a, b: a * b, lambda a, b: a / b, lambda a, b: a // b, lambda a, b: a % b,
       lambda a, b: a ** b if small(a) and small(b) else 0, lambda a, b: a | b, lambda a, b: a & b, lambda a, b: a ^ b,
       lambda a, b: a << b if small(b) else 0, lambda a, b: a >> b, lambda a, b: divmod(a, b), lambda a, b: a @ b,
       lambda a, b: pow(a, b, 7), lambda a, b: a in b, lambda a, b: b in a]
n = 0
for a in lefts:
    for b in rights:
        for op in ops:
            for x, y in ((a, b), (b, a)):
                try:
                    op(x, y)
                except (TypeError, ValueError, ZeroDivisionError, OverflowError, MemoryError):
                    pass
                n += 1
for v in rights:
    for f in (float, complex, abs, hash, bool, len, repr, str, int, round):
        try:
            f(v)
        except (TypeError, ValueError, OverflowError):
            pass
class R(int):
    def __radd__(self, other):
        return other + self          # back to int.__add__, then here again: RecursionError
    def __gt__(self, other):
        return other < self
try:
    1 + R(1)
except RecursionError:
    pass
try:
    1 < R(1)
except RecursionError:
    pass
sorted([E.A, 3, 2.5, I(1), F(0.5), Big(3), True])
print('ok')
