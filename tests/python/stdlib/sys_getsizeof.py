# sys.getsizeof: CPython 3.11's 64-bit sizes, as lessons compare a list with a generator
import sys

print([sys.getsizeof(x) for x in (0, 1, 2**30, 2**60, 2**100, -5, -(2**30), 1.5, True, False, None)])
print([sys.getsizeof(x) for x in ("", "a", "abc", "é", "éé", "€", "😀", b"", b"abc", b"x" * 100)])
print([sys.getsizeof(x) for x in ((), (1, 2), [], [1, 2, 3], {}, {1: 2}, set(), {1}, {1, 2, 3, 4, 5})])
print([sys.getsizeof(x) for x in (range(10), bytearray(b"ab"), bytearray(), frozenset(), frozenset(range(6)), 1j)])
squares = [x * x for x in range(10000)]
print(sys.getsizeof(squares), sum(squares))
grown = []
print([sys.getsizeof(grown) for _ in range(20) if not grown.append(1)])
print(sys.getsizeof({i: i for i in range(100)}), sys.getsizeof(set(range(100))), sys.getsizeof(dict(a=1, b=2)))
print(sys.getsizeof({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}), sys.getsizeof({i: str(i) for i in range(1000)}))


def f():
    pass


class Plain:
    pass


class Sized:
    def __sizeof__(self):
        return 100


print(sys.getsizeof(f), sys.getsizeof(print), sys.getsizeof(Plain()), sys.getsizeof(Sized()), sys.getsizeof(ValueError("x")))
print(sys.getsizeof(object(), 7) > 0, repr(sys.executable) in ("''", repr(sys.executable)))
