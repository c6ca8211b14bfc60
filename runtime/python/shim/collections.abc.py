# collections.abc for Loopscope's MicroPython: the abstract base classes by name, with CPython's mixin
# methods (a class deriving from Mapping gets get/keys/items/values/__contains__/__eq__ from
# __getitem__, __iter__ and __len__; MutableMapping adds pop/popitem/setdefault/update/clear;
# Sequence and MutableSequence likewise).
#
# isinstance()/issubclass() see real inheritance, and ask a class's __subclasshook__ (patch 0121,
# CPython's rule without ABCMeta's register()). Awaitable, Coroutine, AsyncIterable, AsyncIterator,
# AsyncGenerator and Generator have CPython's hooks (coroutines, futures, async generators and
# generators are theirs). The container ABCs have them too: a Python class by its methods (a builtin's
# are not attributes here), a builtin type by CPython's registrations (Sequence.register(tuple)...)
# and by what CPython's hooks find on it (list has __iter__: Iterable); `X.register(C)` works.

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator", "Hashable",
           "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container", "Callable",
           "Collection", "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView",
           "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence", "ByteString"]


async def _a_coroutine():
    pass


def _a_generator():
    yield


async def _an_async_generator():
    yield


_coro = _a_coroutine()
_CoroutineType = type(_coro)
_coro.close()
_GeneratorType = type(_a_generator())
_AsyncGeneratorType = type(_an_async_generator())
del _coro


def _has(C, *names):
    # CPython's _check_methods, through attribute lookup (a class or one of its bases has them).
    for name in names:
        if not hasattr(C, name):
            return NotImplemented
    return True


def _is_future_type(C):
    import asyncio  # a built-in module (not in sys.modules): imported when first asked

    return issubclass(C, asyncio.Future)


# ABC -> the classes registered to it (CPython's ABCMeta registry); an ABC's check also walks the
# registries of the ABCs deriving from it, as CPython's walks __subclasses__().
_registry = {}
_below = {}


def _register(cls, subclass):
    _registry.setdefault(cls, []).append(subclass)
    return subclass


def _check(cls, C):
    # cls is a container ABC whose own hook did not answer: the registered classes
    below = _below.get(cls)
    if below is None:
        below = _below[cls] = [A for A in _ABCS if cls in A.__mro__]
    for abc in below:
        for B in _registry.get(abc, ()):
            if C is B or issubclass(C, B):
                return True
    return NotImplemented


def _hook(cls, C, own, *names):
    # CPython's hook of `own` (the ABC defining it) for a Python class, then the registries
    if cls is own and _has(C, *names) is True:
        return True
    return _check(cls, C)


class _Registering:
    @classmethod
    def register(cls, subclass):
        return _register(cls, subclass)


# builtins that are not hashable (__hash__ is None in CPython)
_UNHASHABLE = [list, dict, set, bytearray, type({}.keys()), type({}.items())]


def _hashable(C):
    for B in C.__mro__:
        if B in _UNHASHABLE:
            return False
        if B is object:
            return True
        try:
            d = B.__dict__
        except AttributeError:
            continue
        if "__hash__" in d:
            return d["__hash__"] is not None
        if "__eq__" in d:
            return False  # CPython sets __hash__ to None in a class defining __eq__ only
    return True


class Hashable(_Registering):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:
            return True if _hashable(C) else NotImplemented
        return NotImplemented


class Awaitable:
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Awaitable:
            if C is _CoroutineType or _is_future_type(C):
                return True
            return _has(C, "__await__")
        return NotImplemented


class Coroutine(Awaitable):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Coroutine:
            if C is _CoroutineType:
                return True
            return _has(C, "__await__", "send", "throw", "close")
        return NotImplemented


class AsyncIterable:
    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterable:
            return _has(C, "__aiter__")
        return NotImplemented


class AsyncIterator(AsyncIterable):
    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterator:
            return _has(C, "__anext__", "__aiter__")
        return NotImplemented


class AsyncGenerator(AsyncIterator):
    async def __anext__(self):
        return await self.asend(None)

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncGenerator:
            if C is _AsyncGeneratorType:
                return True
            return _has(C, "__aiter__", "__anext__", "asend", "athrow", "aclose")
        return NotImplemented


class Iterable(_Registering):
    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Iterable, "__iter__")


class Iterator(Iterable):
    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Iterator, "__iter__", "__next__")


class Reversible(Iterable):
    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Reversible, "__reversed__", "__iter__")


class Generator(Iterator):
    def __next__(self):
        return self.send(None)

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator:
            if C is _GeneratorType:
                return True
            return _has(C, "__iter__", "__next__", "send", "throw", "close")
        return NotImplemented


class Sized(_Registering):
    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Sized, "__len__")


class Container(_Registering):
    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Container, "__contains__")


class Collection(Sized, Iterable, Container):
    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Collection, "__len__", "__iter__", "__contains__")


def _type_repr(obj):
    # As CPython's collections.abc shows an argument: a class by its qualified name (bare for
    # builtins), ... as ..., anything else by repr.
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is Ellipsis:
        return "..."
    return repr(obj)


class _CallableGenericAlias:
    # Callable[[int, str], bool]: __args__ is flat, (int, str, bool), as CPython's
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        head = "collections.abc.Callable"
        if len(self.__args__) == 2 and self.__args__[0] is Ellipsis:
            return "%s[..., %s]" % (head, _type_repr(self.__args__[1]))
        return "%s[[%s], %s]" % (head, ", ".join(_type_repr(a) for a in self.__args__[:-1]),
                                 _type_repr(self.__args__[-1]))

    def __eq__(self, other):
        return (isinstance(other, _CallableGenericAlias) and self.__origin__ is other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")


class Callable(_Registering):
    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Callable, "__call__")

    def __class_getitem__(cls, params):
        if not (isinstance(params, tuple) and len(params) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, (tuple, list)):
            flat = tuple(args) + (result,)
        elif args is Ellipsis:
            flat = (Ellipsis, result)
        else:
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, or Concatenate. "
                            "Got %r" % (args,))
        return _CallableGenericAlias(cls, flat)


class Set(Collection):
    def __le__(self, other):
        if len(self) > len(other):
            return False
        return all(elem in other for elem in self)

    def __lt__(self, other):
        return len(self) < len(other) and self.__le__(other)

    def __ge__(self, other):
        if len(self) < len(other):
            return False
        return all(elem in self for elem in other)

    def __gt__(self, other):
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        return len(self) == len(other) and self.__le__(other)

    def isdisjoint(self, other):
        return not any(value in self for value in other)


class MutableSet(Set):
    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass


class Mapping(Collection):
    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, (Mapping, dict)):
            return NotImplemented
        return dict(self.items()) == dict(other.items())


class MappingView(Sized):
    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self._mapping)


class KeysView(MappingView, Set):
    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


_marker = object()


class MutableMapping(Mapping):
    def pop(self, key, default=_marker):
        try:
            value = self[key]
        except KeyError:
            if default is _marker:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), **kwds):
        if isinstance(other, (Mapping, dict)):
            for key in other.keys():
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class Sequence(Reversible, Collection):
    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class MutableSequence(Sequence):
    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


class ByteString(Sequence):
    pass


# CPython's registrations, and the builtins its hooks find methods on (a builtin's methods are not
# attributes here)
def _types_of(*values):
    return [type(v) for v in values]


_ABCS = [Hashable, Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator, Iterable,
         Iterator, Reversible, Generator, Sized, Container, Collection, Callable, Set, MutableSet,
         Mapping, MutableMapping, MappingView, KeysView, ItemsView, ValuesView, Sequence,
         MutableSequence, ByteString]
_dict_keys, _dict_items, _dict_values = _types_of({}.keys(), {}.items(), {}.values())
for _t in set(_types_of(iter([]), iter(()), iter(""), iter(b""), iter({}), iter(set()), iter(range(0)),
                        iter(bytearray()), iter({}.items()), map(abs, ()), filter(None, ()), zip(),
                        enumerate(()), reversed([]))):
    _register(Iterator, _t)
_register(Generator, _GeneratorType)
for _t in (tuple, str, range, memoryview, bytes):
    _register(Sequence, _t)
for _t in (list, bytearray):
    _register(MutableSequence, _t)
for _t in (bytes, bytearray):
    _register(ByteString, _t)
_register(Set, frozenset)
_register(MutableSet, set)
_register(MutableMapping, dict)
_register(KeysView, _dict_keys)
_register(ItemsView, _dict_items)
_register(ValuesView, _dict_values)
for _t in (dict, _dict_keys, _dict_items, _dict_values):
    _register(Reversible, _t)
for _t in set(_types_of(len, abs, lambda: 0, [].append)) | {type}:
    _register(Callable, _t)


def _closure():
    x = 0

    def inner():
        return x

    return inner


_register(Callable, type(_closure()))
del _t, _closure



def _register_collections():
    # collections.deque is a MutableSequence (CPython registers it); collections is imported first
    import sys

    collections = sys.modules.get("collections")
    deque = getattr(collections, "deque", None)
    if deque is not None:
        _register(MutableSequence, deque)


_register_collections()
del _register_collections
