# collections for Loopscope's MicroPython, as CPython 3.11 prints and raises: deque (maxlen, rotate,
# both ends), namedtuple (_fields, _make, _asdict, _replace, defaults), defaultdict, OrderedDict
# (move_to_end, popitem(last=)), Counter (most_common, arithmetic), ChainMap, UserDict, UserList.
# `collections.abc` is the module next to this one (collections.abc.py).
#
# MicroPython's built-in `collections` (reached as `ucollections`) has a minimal deque and a
# namedtuple type; the namedtuple here builds on the built-in one (a class deriving from a native type
# hands its arguments to the native constructor from __init__). Dict subclasses here never call
# dict.method(self, ...) (the interpreter refuses a subclass there) and spell their reprs out
# (dict's repr is not reachable through super()).
#
# Sections: deque; namedtuple; defaultdict; OrderedDict; Counter; ChainMap; UserDict/UserList.

import ucollections as _native
import sys as _sys
from reprlib import recursive_repr as _recursive_repr

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "defaultdict", "deque",
           "namedtuple"]


# ---- deque ----

class deque:
    # A ring buffer: _items holds the elements from index _head, wrapping; its size doubles as needed.
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._items = [None] * 8
        self._head = 0
        self._size = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def __reduce__(self):
        # CPython's: the class, ((), maxlen) or (), no state, the items to append.
        return (type(self), ((), self._maxlen) if self._maxlen is not None else (), None, iter(self))

    def _grow(self):
        old = self._items
        n = len(old)
        self._items = [old[(self._head + i) % n] for i in range(self._size)] + [None] * (n * 2 - self._size)
        self._head = 0

    def append(self, x):
        if self._maxlen == 0:
            return
        if self._maxlen is not None and self._size == self._maxlen:
            self.popleft()
        if self._size == len(self._items):
            self._grow()
        self._items[(self._head + self._size) % len(self._items)] = x
        self._size += 1

    def appendleft(self, x):
        if self._maxlen == 0:
            return
        if self._maxlen is not None and self._size == self._maxlen:
            self.pop()
        if self._size == len(self._items):
            self._grow()
        self._head = (self._head - 1) % len(self._items)
        self._items[self._head] = x
        self._size += 1

    def pop(self):
        if not self._size:
            raise IndexError("pop from an empty deque")
        self._size -= 1
        i = (self._head + self._size) % len(self._items)
        x = self._items[i]
        self._items[i] = None
        return x

    def popleft(self):
        if not self._size:
            raise IndexError("pop from an empty deque")
        x = self._items[self._head]
        self._items[self._head] = None
        self._head = (self._head + 1) % len(self._items)
        self._size -= 1
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._items = [None] * 8
        self._head = 0
        self._size = 0

    def copy(self):
        return self.__class__(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        return sum(1 for item in self if item is x or item == x)

    def index(self, x, start=0, stop=None):
        stop = self._size if stop is None else stop
        for i in range(max(start, 0), min(stop, self._size)):
            item = self[i]
            if item is x or item == x:
                return i
        raise ValueError("%r is not in deque" % (x,))

    def insert(self, i, x):
        if self._maxlen is not None and self._size == self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = list(self)
        items.insert(i, x)
        self.clear()
        self.extend(items)

    def remove(self, value):
        for i in range(self._size):
            item = self[i]
            if item is value or item == value:
                del self[i]
                return
        raise ValueError("%r is not in deque" % (value,))

    def reverse(self):
        items = list(self)
        items.reverse()
        self.clear()
        self.extend(items)

    def rotate(self, n=1):
        size = self._size
        if size <= 1:
            return
        n %= size
        for _ in range(n):
            self.appendleft(self.pop())

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        if i < 0:
            i += self._size
        if not 0 <= i < self._size:
            raise IndexError("deque index out of range")
        return (self._head + i) % len(self._items)

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, x):
        self._items[self._index(i)] = x

    def __delitem__(self, i):
        self._index(i)
        items = list(self)
        del items[i]
        self.clear()
        self.extend(items)

    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size > 0

    def __iter__(self):
        items, head, n = self._items, self._head, len(self._items)
        for i in range(self._size):
            if items is not self._items:
                raise RuntimeError("deque mutated during iteration")
            yield items[(head + i) % n]

    def __reversed__(self):
        for i in range(self._size - 1, -1, -1):
            yield self[i]

    def __contains__(self, x):
        for item in self:
            if item is x or item == x:
                return True
        return False

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) < list(other)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) <= list(other)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) > list(other)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) >= list(other)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.__class__((), self._maxlen)
        for _ in range(n):
            new.extend(self)
        return new

    __hash__ = None

    @_recursive_repr("[...]")  # a deque inside itself, as CPython's
    def __repr__(self):
        if self._maxlen is None:
            return "%s(%r)" % (type(self).__name__, list(self))
        return "%s(%r, maxlen=%d)" % (type(self).__name__, list(self), self._maxlen)

    __str__ = __repr__


# ---- namedtuple ----

def _field_list(field_names, rename):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    names = [str(n) for n in field_names]
    seen = set()
    for i, name in enumerate(names):
        bad = (not _is_identifier(name) or _is_keyword(name) or name.startswith("_") or name in seen)
        if rename and bad:
            names[i] = "_%d" % i
        seen.add(names[i])
    return names


_KEYWORDS = set("False None True and as assert async await break class continue def del elif else "
                "except finally for from global if import in is lambda nonlocal not or pass raise "
                "return try while with yield".split())


def _is_keyword(name):
    return name in _KEYWORDS


def _is_identifier(name):
    if not name or not (name[0].isalpha() or name[0] == "_"):
        return False
    return all(c.isalpha() or c.isdigit() or c == "_" for c in name)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    fields = _field_list(field_names, rename)
    for name in [typename] + fields:
        if not _is_identifier(name):
            raise ValueError("Type names and field names must be valid identifiers: %r" % name)
        if _is_keyword(name):
            raise ValueError("Type names and field names cannot be a keyword: %r" % name)
    seen = set()
    for name in fields:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % name)
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % name)
        seen.add(name)
    defaults = tuple(defaults) if defaults is not None else ()
    if len(defaults) > len(fields):
        raise TypeError("Got more default values than field names")
    field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))
    n = len(fields)
    native_base = _native.namedtuple(typename, tuple(fields))

    def __init__(self, *args, **kwargs):
        if len(args) > n:
            if field_defaults:
                raise TypeError("%s.__new__() takes from %d to %d positional arguments but %d were given"
                                % (typename, n + 1 - len(field_defaults), n + 1, len(args) + 1))
            raise TypeError("%s.__new__() takes %d positional argument%s but %d were given"
                            % (typename, n + 1, "" if n == 0 else "s", len(args) + 1))
        values = list(args)
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                values.append(_MISSING)
        for name in kwargs:
            if name in fields:
                raise TypeError("%s.__new__() got multiple values for argument '%s'" % (typename, name))
            raise TypeError("%s.__new__() got an unexpected keyword argument '%s'" % (typename, name))
        missing = [name for name, value in zip(fields, values) if value is _MISSING]
        if missing:
            quoted = ["'%s'" % m for m in missing]
            text = quoted[0] if len(quoted) == 1 else (
                " and ".join(quoted) if len(quoted) == 2 else ", ".join(quoted[:-1]) + ", and " + quoted[-1])
            raise TypeError("%s.__new__() missing %d required positional argument%s: %s"
                            % (typename, len(missing), "" if len(missing) == 1 else "s", text))
        super(made[0], self).__init__(*values)  # the native constructor

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__,
                           ", ".join("%s=%r" % (name, value) for name, value in zip(fields, self)))

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **kwargs):
        values = [kwargs.pop(name, value) for name, value in zip(fields, self)]
        if kwargs:
            raise ValueError("Got unexpected field names: %r" % list(kwargs))
        return type(self)(*values)

    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != n:
            raise TypeError("Expected %d arguments, got %d" % (n, len(values)))
        return cls(*values)

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        "__init__": __init__, "__repr__": __repr__, "__str__": __repr__, "_asdict": _asdict,
        "_replace": _replace, "_make": classmethod(_make), "__getnewargs__": __getnewargs__,
        "_fields": tuple(fields), "_field_defaults": field_defaults, "__match_args__": tuple(fields),
        "__slots__": (), "__qualname__": typename,
        "__module__": module if module is not None else _caller_module(),
    }
    made = [type(typename, (native_base,), namespace)]
    return made[0]


_MISSING = object()


def _caller_module():
    return "__main__"


# ---- defaultdict ----

class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return (type(self), args, None, None, iter(self.items()))

    def __getitem__(self, key):
        try:
            return super().__getitem__(key)
        except KeyError:
            return self.__missing__(key)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def copy(self):
        return type(self)(self.default_factory, self.items())

    __copy__ = copy

    def __repr__(self):
        factory = self.default_factory
        return "%s(%s, %s)" % (type(self).__name__, "None" if factory is None else repr(factory),
                               _dict_repr(self))

    __str__ = __repr__


@_recursive_repr("{...}")  # as dict's own repr inside itself
def _dict_repr(mapping):
    return "{" + ", ".join("%r: %r" % item for item in mapping.items()) + "}"


# ---- OrderedDict ----

class OrderedDict(dict):
    def __reduce__(self):
        state = {k: v for k, v in getattr(self, "__dict__", {}).items() if not k.startswith("_")} or None
        return (type(self), (), state, None, iter(self.items()))

    # Dicts keep insertion order in this interpreter; OrderedDict adds the moves and the order-aware ==.
    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
            return
        rest = list(self.items())
        self.clear()
        self[key] = value
        for k, v in rest:
            self[k] = v

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(list(self.keys()))) if last else next(iter(self.keys()))
        return key, self.pop(key)

    def __reversed__(self):
        return reversed(list(self.keys()))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self.items()) == list(other.items())
        if isinstance(other, dict):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def copy(self):
        return type(self)(self.items())

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        new = cls()
        for key in iterable:
            new[key] = value
        return new

    @_recursive_repr()
    def __repr__(self):
        if not self:
            return "%s()" % type(self).__name__
        return "%s(%r)" % (type(self).__name__, list(self.items()))

    __str__ = __repr__


# ---- Counter ----

class Counter(dict):
    def __reduce__(self):
        return (type(self), (dict(self),))

    def __init__(self, iterable=None, **kwargs):
        super().__init__()
        self.update(iterable, **kwargs)

    def __getitem__(self, key):
        try:
            return super().__getitem__(key)
        except KeyError:
            return 0

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # Ties keep insertion order (CPython's sort is stable; this interpreter's is not).
        ranked = sorted(enumerate(self.items()), key=lambda pair: (-pair[1][1], pair[0]))
        items = [item for _, item in ranked]
        return items if n is None else items[:n]

    def elements(self):
        for key, count in self.items():
            for _ in range(count):
                yield key

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, **kwargs):
        if iterable is not None:
            if isinstance(iterable, dict):
                for key, count in iterable.items():
                    self[key] = self[key] + count
            else:
                for key in iterable:
                    self[key] = self[key] + 1
        if kwargs:
            self.update(kwargs)

    def subtract(self, iterable=None, **kwargs):
        if iterable is not None:
            if isinstance(iterable, dict):
                for key, count in iterable.items():
                    self[key] = self[key] - count
            else:
                for key in iterable:
                    self[key] = self[key] - 1
        if kwargs:
            self.subtract(kwargs)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __delitem__(self, key):
        if key in self:
            super().__delitem__(key)

    def __repr__(self):
        if not self:
            return "%s()" % type(self).__name__
        return "%s({%s})" % (type(self).__name__,
                             ", ".join("%r: %r" % item for item in self.most_common()))

    __str__ = __repr__

    def _combine(self, other, op, keep):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for key in list(self.keys()) + [k for k in other.keys() if k not in self]:
            value = op(self[key], other[key])
            if keep(value):
                result[key] = value
        return result

    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b, lambda v: v > 0)

    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b, lambda v: v > 0)

    def __or__(self, other):
        return self._combine(other, max, lambda v: v > 0)

    def __and__(self, other):
        return self._combine(other, min, lambda v: v > 0)

    def __pos__(self):
        return Counter({k: v for k, v in self.items() if v > 0})

    def __neg__(self):
        return Counter({k: -v for k, v in self.items() if v < 0})

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[k] == other[k] for k in set(self.keys()) | set(other.keys()))

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result


# ---- ChainMap ----

class ChainMap:
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        keys = set()
        for mapping in self.maps:
            keys.update(mapping)
        return len(keys)

    def __iter__(self):
        seen = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                seen[key] = None
        return iter(seen)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    @_recursive_repr()
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join(map(repr, self.maps)))

    __str__ = __repr__

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,)) from None

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,)) from None

    def clear(self):
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), **kwargs):
        self.maps[0].update(other, **kwargs)

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            other = dict(other.items())
        return dict(self.items()) == other


# ---- UserDict / UserList ----

class UserDict:
    def __init__(self, dict=None, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        return self[key] if key in self else default

    def keys(self):
        return self.data.keys()

    def items(self):
        return self.data.items()

    def values(self):
        return self.data.values()

    def update(self, other=(), **kwargs):
        pairs = other.items() if hasattr(other, "items") else other
        for key, value in pairs:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def pop(self, key, *default):
        return self.data.pop(key, *default)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def copy(self):
        new = self.__class__()
        new.data = self.data.copy()
        return new

    def __eq__(self, other):
        return self.data == (other.data if isinstance(other, UserDict) else other)

    def __repr__(self):
        return repr(self.data)


class UserList:
    def __init__(self, initlist=None):
        self.data = [] if initlist is None else list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, item):
        return item in self.data

    def __eq__(self, other):
        return self.data == (other.data if isinstance(other, UserList) else other)

    def __add__(self, other):
        return self.__class__(self.data + list(other))

    def append(self, item):
        self.data.append(item)

    def extend(self, other):
        self.data.extend(other)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def index(self, item, *args):
        return self.data.index(item, *args)

    def count(self, item):
        return self.data.count(item)

    def reverse(self):
        self.data.reverse()

    def sort(self, *args, **kwargs):
        self.data.sort(*args, **kwargs)

    def copy(self):
        return self.__class__(self)


def __getattr__(name):
    # `import collections` then `collections.abc.Mapping`: CPython has imported the submodule at
    # start-up (the attribute is always there); here it is imported when first asked for.
    if name == "abc":
        import collections.abc as abc_module
        globals()["abc"] = abc_module
        return abc_module
    raise AttributeError("module 'collections' has no attribute '%s'" % name)
