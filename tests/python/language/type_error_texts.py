# CPython 3.11's wording of the TypeError/ValueError/AttributeError texts learners read: operators,
# calls with the wrong arguments, conversions, sequences, modules.
import math


def show(label, fn):
    try:
        fn()
    except Exception as e:
        print(f"{label:<22} {type(e).__name__}: {e}")


class Foo:
    def __init__(self):
        self.value = 1


def f(x):
    return x


def g(a, b=1):
    return a


def h(a, b, c):
    return a


def k(a, *, key, other):
    return a


def none():
    return 0


show("int('two')", lambda: int("two"))
show("float('abc')", lambda: float("abc"))
show("float(' 1x ')", lambda: float(" 1x "))
show("int(None)", lambda: int(None))
show("Foo().bar", lambda: Foo().bar)
show("math.tau2", lambda: math.tau2)
show("None.x", lambda: None.x)
show("f()", lambda: f())
show("f(1, 2)", lambda: f(1, 2))
show("g()", lambda: g())
show("g(1, 2, 3)", lambda: g(1, 2, 3))
show("h()", lambda: h())
show("h(1)", lambda: h(1))
show("h(1, c=3)", lambda: h(1, c=3))
show("none(1)", lambda: none(1))
show("f(y=1)", lambda: f(y=1))
show("f(1, x=2)", lambda: f(1, x=2))
show("k(1)", lambda: k(1))
show("k(1, key=2)", lambda: k(1, key=2))
show("1 + 'a'", lambda: 1 + "a")
show("'a' + 1", lambda: "a" + 1)
show("[1] + (2,)", lambda: [1] + (2,))
show("(1,) + [2]", lambda: (1,) + [2])
show("None + 1", lambda: None + 1)
show("2 - 'x'", lambda: 2 - "x")
show("'a' * 'b'", lambda: "a" * "b")
show("[1] * 1.5", lambda: [1] * 1.5)
show("{} | 1", lambda: {1} | 1)
show("2 ** 'x'", lambda: 2 ** "x")
show("1 < 'a'", lambda: 1 < "a")
show("None >= 2", lambda: None >= 2)
show("-'a'", lambda: -"a")
show("~1.5", lambda: ~1.5)
show("abs('a')", lambda: abs("a"))
show("None[0]", lambda: (lambda v: v[0])(None))
show("None()", lambda: (lambda v: v())(None))
show("5()", lambda: (lambda v: v())(5))
show("Foo()()", lambda: Foo()())
show("iter(5)", lambda: iter(5))
show("for in None", lambda: [x for x in None])
show("len(5)", lambda: len(5))
show("hash([])", lambda: hash([]))
show("{[1]: 2}", lambda: {[1]: 2})
show("[1, 2].index(5)", lambda: [1, 2].index(5))
show("(1, 2).index(5)", lambda: (1, 2).index(5))
show("[1].remove(9)", lambda: [1, 2, 3].remove(9))
show("','.join([1])", lambda: ",".join(["a", 1]))


def add_in_place():
    total = 0
    total += "x"


show("total += 'x'", add_in_place)
items = [3, 1, 2]
items.remove(1)
print(items, [1, 2, 1].index(1), ("a", "b").index("b"))
