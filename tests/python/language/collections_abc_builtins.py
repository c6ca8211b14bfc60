# isinstance()/issubclass() with collections.abc for builtin types (CPython registers them and its
# hooks find their methods), Python classes by their methods, and X.register(C).
import collections.abc as A
import collections
def flatten(items):
    for x in items:
        if isinstance(x, A.Iterable) and not isinstance(x, str):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, "ab"]], (4,)])))
class MyList(list): pass
class Eq:
    def __eq__(s, o): return True
class EqH(Eq):
    __hash__ = object.__hash__ if hasattr(object, "__hash__") else (lambda s: 1)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class Calls:
    def __call__(self): pass
def clo():
    v = 1
    def g(): return v
    return g
vals = [[], (), "", b"", bytearray(), {}, set(), frozenset(), range(3), memoryview(b""), {}.keys(), {}.items(), {}.values(),
        iter([]), (x for x in ()), map(abs, []), zip(), 1, 1.5, None, len, clo(), lambda: 0, [].append, int, MyList(), Eq(), EqH(), It(), Calls(),
        collections.deque(), collections.OrderedDict(), collections.defaultdict(list), collections.Counter()]
abcs = [A.Hashable, A.Iterable, A.Iterator, A.Reversible, A.Generator, A.Sized, A.Container, A.Collection, A.Callable,
        A.Set, A.MutableSet, A.Mapping, A.MutableMapping, A.MappingView, A.KeysView, A.ItemsView, A.ValuesView,
        A.Sequence, A.MutableSequence, A.ByteString]
for v in vals:
    print("".join("X" if isinstance(v, a) else "." for a in abcs))
print(issubclass(list, A.Sequence), issubclass(dict, A.Mapping), issubclass(int, A.Hashable), issubclass(list, A.Hashable))
class Reg: pass
A.Sequence.register(Reg)
print(isinstance(Reg(), A.Sequence), isinstance(Reg(), A.Iterable), isinstance(Reg(), A.Mapping))

# typing's aliases in isinstance()/issubclass(), alone or in a tuple
import typing
print(isinstance([], typing.Iterable), isinstance({}, typing.Mapping), isinstance(1, typing.Sequence))
print(isinstance(len, typing.Callable), isinstance((), (int, typing.Sequence)), issubclass(dict, typing.MutableMapping))
print(isinstance(1, typing.Union[int, str]), isinstance(None, typing.Optional[int]), isinstance(1.5, typing.Optional[int]))
for f in [lambda: isinstance([], typing.List[int]), lambda: issubclass(list, typing.Dict[str, int])]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
