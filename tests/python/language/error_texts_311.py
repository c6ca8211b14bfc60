# CPython 3.11's texts for unpacking, unbound locals, unhashable classes, str.format indexes,
# dict() from pairs, range() steps and ints too large for floats.


def show(f):
    try:
        print("no error:", f())
    except Exception as e:
        print(f"{type(e).__name__}: {e}")


def unpack3(seq):
    a, b, c = seq
    return a, b, c


def unpack2(seq):
    a, b = seq
    return a, b


def unpack_star(seq):
    a, *b, c = seq
    return a, b, c


show(lambda: unpack3([1, 2]))
show(lambda: unpack3(iter([1])))
show(lambda: unpack2([1, 2, 3]))
show(lambda: unpack2(x for x in range(5)))
show(lambda: unpack_star([1]))
show(lambda: unpack_star(iter([1])))
show(lambda: unpack_star("abc"))


def read_deleted():
    v = 1
    del v
    return v


def read_before():
    if len(""):
        w = 1
    return w


def delete_unbound():
    del u


def many_locals():
    a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = a8 = a9 = a10 = a11 = a12 = a13 = a14 = a15 = a16 = 0
    if a0:
        late = 1
    return late


def closure_cell():
    def inner():
        return cell
    r = inner()
    cell = 1
    return r


def closure_own_cell():
    def inner():
        return cell
    print(cell)
    cell = 2
    return inner


for f in (read_deleted, read_before, delete_unbound, many_locals, closure_cell, closure_own_cell):
    try:
        f()
    except NameError as e:
        print(type(e).__name__, isinstance(e, NameError), e)
print(UnboundLocalError.__name__, issubclass(UnboundLocalError, NameError), UnboundLocalError.__mro__[1].__name__)


class U:
    __hash__ = None


class EqOnly:
    def __eq__(self, other):
        return True


show(lambda: {U()})
show(lambda: {U(): 1})
show(lambda: hash(U()))
show(lambda: {EqOnly()})
show(lambda: "{} {}".format(1))
show(lambda: "{0} {3}".format(1, 2))
show(lambda: "{}".format())
show(lambda: dict([1, 2]))
show(lambda: dict([(1, 2), (3,)]))
show(lambda: dict([(1, 2), "abc"]))
show(lambda: dict([(1, 2), "ab"]))
d = {}
show(lambda: d.update([[1, 2], 5]))
show(lambda: range(1, 2, 0))
show(lambda: range(0, 10, 3))
show(lambda: 2 ** 10000 * 1.0)
show(lambda: 1.5 + 2 ** 10000)
show(lambda: float(2 ** 10000))
show(lambda: 2 ** 10000 > 1.5)
show(lambda: 1.5 < -(2 ** 10000))
show(lambda: float(2 ** 60))
