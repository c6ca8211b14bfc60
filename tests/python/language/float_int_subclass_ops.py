# Native numbers (float, complex, bool, int) on the left of an operator with an instance of a
# Python subclass of int, float or complex on the right: the process aborted in mp_unary_op before.
import enum


class Priority(enum.IntEnum):
    HIGH = 5


class MyInt(int):
    pass


class MyFloat(float):
    pass


class MyComplex(complex):
    pass


values = [MyInt(2), MyInt(2**70), Priority.HIGH, MyFloat(2.5), MyComplex(1, 2)]
for left in [1.5, 2.0, 3j, True, 7, 2**65]:
    for right in values:
        row = []
        ops = ("<", "<=", "==", "!=", "+", "-", "*", "/", "//", "%") + (("**",) if right is not values[1] else ())
        for op in ops:
            try:
                row.append(repr(eval("left %s right" % op)))
            except (TypeError, ZeroDivisionError, OverflowError) as e:
                row.append(type(e).__name__)
        print(repr(left), repr(right), " ".join(row))
print(float(MyInt(3)), complex(Priority.HIGH), float(MyInt(2**70)), complex(MyComplex(1, 2)))
try:
    len(MyInt(3))
except TypeError as e:
    print(e)
