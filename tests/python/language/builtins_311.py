# Builtins CPython 3.11 has that MicroPython lacked: ascii, vars, slice(), input (no stdin in a run:
# EOFError, as CPython's with stdin closed), exit/quit, __name__ of built-in functions, __mro__,
# isinstance/issubclass with X | Y.
print(ascii("héllo"), ascii("€uro"), ascii(["ça", 1]), ascii("plain"), ascii(b"\xff"))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print(vars(Point(1, 2)))
try:
    vars(42)
except TypeError as e:
    print("TypeError:", e)
top = 5
print("top" in vars(), vars()["top"])

s = slice(1, 5, 2)
print(s, slice(3), slice(None, None, -1), repr(slice(1, 2)))
print("abcdefgh"[s], [0, 1, 2, 3, 4, 5, 6][slice(2, None)], "reverse"[slice(None, None, -1)])
print(s.start, s.stop, s.step, slice(10).indices(4) if hasattr(slice, "indices") else (0, 4, 1))
for bad in ((), (1, 2, 3, 4)):
    try:
        slice(*bad)
    except TypeError as e:
        print("TypeError:", e)

try:
    name = input("What is your name? ")
except EOFError as e:
    print()
    print("EOFError:", e)

print(repr(exit), str(quit))
for quitter, args in ((exit, ()), (quit, (3,)), (exit, ("bye",))):
    try:
        quitter(*args)
    except SystemExit as e:
        print("SystemExit", e.args, e.code)

print(print.__name__, open.__name__, len.__name__, sorted.__qualname__, isinstance.__name__)
print([].__class__.__mro__, bool.__mro__, object.__mro__)


class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


print([k.__name__ for k in D.__mro__], [k.__name__ for k in ValueError.__mro__])
print(isinstance(3, int | str), isinstance("x", int | str), isinstance(2.5, int | str))
print(isinstance(None, int | None), isinstance(0, int | None), isinstance([], list | dict | None))
print(issubclass(bool, int | str), issubclass(float, int | str), issubclass(D, C | int))
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print("TypeError:", e)
print(breakpoint.__name__)
print(isinstance(1, int | list[int]), issubclass(int, int | None), isinstance(None, str | None))
