# iter(callable, sentinel); del and insert() of bytearray/array; property.fget/fset/fdel/__doc__;
# __slots__ member descriptors; itertools.islice consuming no item past its stop.
import itertools

data = [3, 2, 1, 0, 5]
print(list(iter(lambda: data.pop(0), 0)), data)
it = iter(lambda: 7, 7)
print(list(it), list(it), type(it).__name__)
counter = iter([1, 2, 3, None, 4]).__next__
print([x for x in iter(counter, None)])
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError", e)
try:
    iter()
except TypeError as e:
    print("TypeError")

buf = bytearray(b"headerpayload")
del buf[:6]
print(buf)
buf.insert(0, 33)
buf.insert(100, 34)
buf.insert(-1, 35)
print(buf)
del buf[0]
del buf[-1]
print(buf)
b2 = bytearray(range(10))
del b2[::3]
print(b2)
b3 = bytearray(range(10))
del b3[8:2:-2]
print(b3, len(b3))
del b3[5:1]
print(b3)
try:
    del b3[50]
except IndexError as e:
    print("IndexError", e)
try:
    buf.insert(0, 300)
except ValueError as e:
    print("ValueError", e)
import array
a = array.array("i", [1, 2, 3, 4])
del a[1:3]
a.insert(1, 9)
print(a)


class A:
    @property
    def x(self):
        "the x"
        return 1

    @x.setter
    def x(self, v):
        pass

    y = property(fget=lambda self: 2, doc="why")
    z = property(lambda self: 3)


print(A.x.fget.__name__, A.x.fset.__name__, A.x.fdel, A.x.__doc__, A().y, A.y.__doc__, A.z.__doc__, A.z.fset)


class T:
    __slots__ = ("rate", "name")

    def __init__(self):
        self.rate = 5


class U(T):
    __slots__ = ("extra",)


print(T.rate, U.rate, U.extra, T.rate.__name__, T.rate.__objclass__.__name__)
t = T()
print(T.rate.__get__(t, T), T.rate.__get__(None, T) is not None)
T.rate.__set__(t, 9)
print(t.rate)
try:
    t.name
except AttributeError as e:
    print("AttributeError", e)
try:
    T.missing
except AttributeError as e:
    print("AttributeError", e)

it = iter(range(10))
print(list(itertools.islice(it, 3)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 1, 6, 3)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 5, 2)), next(it))
print(list(itertools.islice("abcdefg", 2, None)), list(itertools.islice("abc", None)), list(itertools.islice([], 0)))
for args in [(-1,), (1, -2), (0, 1, 0), ("a",), (), (1, 2, 3, 4)]:
    try:
        itertools.islice([], *args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
