# unittest.mock for Loopscope's MicroPython, as CPython 3.11 behaves for what tests use: Mock and
# MagicMock (attributes made on first use, return_value, side_effect as an exception, an iterable or
# a callable, wraps, called/call_count/call_args/call_args_list/method_calls/mock_calls, the
# assert_called*/assert_any_call/assert_has_calls/assert_not_called checks with CPython's messages,
# reset_mock, configure_mock, attach_mock, spec as a list of names or an object), NonCallableMock,
# AsyncMock (awaited/await_count/await_args/await_args_list and the assert_awaited* checks),
# PropertyMock, call, ANY, DEFAULT, sentinel, patch (decorator, context manager, start/stop, on
# sync and async functions and on classes), patch.object, patch.dict, patch.multiple, patch.stopall,
# and mock_open (read, readline, readlines, iteration, write).
#
# What it lacks: create_autospec and autospec=True (signatures are not checked), seal, spec_set
# beyond refusing unknown attributes, and isinstance(mock, spec class) (the interpreter has no
# settable __class__). MagicMock's magic methods are the container, context-manager, number and
# comparison ones; this interpreter calls a class attribute that is not a function with or without
# the instance depending on the operator, so each magic method is a small slot object that drops
# the instance before calling its mock (a magic method's call therefore records no arguments but
# its operands).

import sys

__all__ = ["Mock", "MagicMock", "NonCallableMock", "NonCallableMagicMock", "AsyncMock",
           "PropertyMock", "patch", "call", "ANY", "DEFAULT", "sentinel", "mock_open", "seal",
           "create_autospec", "FILTER_DIR"]

FILTER_DIR = True


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "sentinel.%s" % self.name


class _Sentinel:
    """sentinel.NAME: a unique object per name."""

    def __init__(self):
        object.__setattr__(self, "_sentinels", {})

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT


class _ANY:
    """Equal to everything (for the arguments a check does not care about)."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __hash__(self):
        return 0

    def __repr__(self):
        return "<ANY>"


ANY = _ANY()


# ---- call objects ----

def _format_args(args, kwargs):
    parts = [repr(a) for a in args]
    parts += ["%s=%r" % (k, v) for k, v in kwargs.items()]
    return ", ".join(parts)


class _Call:
    """One recorded call: its name (for mock_calls: '', 'foo', '().foo'), args and kwargs.
    Compares equal to call(...) objects and to the tuple forms ((args), {kwargs})."""

    def __init__(self, value=(), two=False, called=False):
        # value: (args, kwargs) or (name, args, kwargs)
        if len(value) == 3:
            name, args, kwargs = value
        else:
            name = ""
            args, kwargs = value if len(value) == 2 else ((), {})
        self._name = name
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._two = two
        self._called = called

    @property
    def args(self):
        return self._args

    @property
    def kwargs(self):
        return self._kwargs

    def _parts(self):
        if self._two:
            return (self._args, self._kwargs)
        return (self._name, self._args, self._kwargs)

    def __iter__(self):
        return iter(self._parts())

    def __getitem__(self, index):
        return self._parts()[index]

    def __len__(self):
        return len(self._parts())

    def __eq__(self, other):
        if other is ANY:
            return True
        if isinstance(other, _Call):
            # call_args (two parts) match by arguments only; mock_calls entries by name too
            if not self._two and not other._two and self._name != other._name:
                return False
            return self._args == other._args and self._kwargs == other._kwargs
        if not isinstance(other, tuple):
            return NotImplemented
        name = None
        items = list(other)
        if items and isinstance(items[0], str):
            name = items.pop(0)
        args, kwargs = (), {}
        for item in items:
            if isinstance(item, tuple):
                args = item
            elif isinstance(item, dict):
                kwargs = item
            else:
                return False
        if len(items) > 2 or (name is not None and not self._two and name != self._name):
            return False
        return self._args == tuple(args) and self._kwargs == kwargs

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __call__(self, *args, **kwargs):
        # call(1, 2), call.foo(1), call().foo(2)
        return _Call((self._name or "", args, kwargs), called=True)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        if self._name is None:
            name = attr
        elif self._called:
            name = "%s().%s" % (self._name, attr) if self._name else "().%s" % attr
        else:
            name = "%s.%s" % (self._name, attr) if self._name else attr
        return _Call((name, (), {}))

    def call_list(self):
        return _CallList([self])

    def __repr__(self):
        if self._two or not self._name:
            name = "call"
        elif self._name.startswith("()"):
            name = "call" + self._name
        else:
            name = "call." + self._name
        return "%s(%s)" % (name, _format_args(self._args, self._kwargs))


class _CallMaker(_Call):
    # `call`: call(1) builds a call; call.foo(1) builds a method call
    def __init__(self):
        _Call.__init__(self, ("", (), {}))
        self._name = None

    def __repr__(self):
        return "call"


call = _CallMaker()


class _CallList(list):
    """A list of calls where `in` also finds a run of consecutive calls (a list)."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for i in range(len(self) - n + 1):
            if list(self[i:i + n]) == list(value):
                return True
        return False

    def __repr__(self):
        return "[" + ", ".join(repr(c) for c in self) + "]"


# ---- Mock ----

_MISSING = object()

# the magic methods a MagicMock supports, with their default results
_MAGIC_DEFAULTS = {
    "__len__": 0, "__iter__": (), "__contains__": False, "__bool__": True, "__int__": 1,
    "__float__": 1.0, "__complex__": 1j, "__index__": 1, "__exit__": False, "__aexit__": False,
    "__lt__": NotImplemented, "__gt__": NotImplemented, "__le__": NotImplemented,
    "__ge__": NotImplemented,
}
_MAGIC_CHILD_RESULT = ("__getitem__", "__enter__", "__aenter__", "__add__", "__sub__", "__mul__",
                       "__truediv__", "__floordiv__", "__mod__", "__neg__", "__pos__", "__abs__")
_MAGIC_NONE_RESULT = ("__setitem__", "__delitem__")
_MAGICS = tuple(_MAGIC_DEFAULTS) + _MAGIC_CHILD_RESULT + _MAGIC_NONE_RESULT
# those whose call has no operand: the interpreter may pass the instance, which is dropped
_UNARY_MAGICS = ("__len__", "__iter__", "__bool__", "__int__", "__float__", "__complex__",
                 "__index__", "__enter__", "__aenter__", "__neg__", "__pos__", "__abs__")
_ASYNC_MAGICS = ("__aenter__", "__aexit__")


class _MagicSlot:
    """What a mock's class holds for one magic method: calls the mock configured for it."""

    def __init__(self, owner, name):
        object.__setattr__(self, "_owner", owner)
        object.__setattr__(self, "_name", name)

    def _target(self):
        return self._owner._mock_magic(self._name)

    def __call__(self, *args, **kwargs):
        if args and args[0] is self._owner and (self._name in _UNARY_MAGICS
                                                or self._name in ("__exit__", "__aexit__")):
            args = args[1:]
        result = self._target()(*args, **kwargs)
        if self._name == "__iter__":
            return iter(result)
        return result

    def __getattr__(self, name):
        return getattr(self._target(), name)

    def __setattr__(self, name, value):
        setattr(self._target(), name, value)

    def __repr__(self):
        return repr(self._target())


class NonCallableMock:
    """A mock object that is not callable: its attributes are mocks made on first use."""

    _mock_callable = False

    def __new__(cls, *args, **kwargs):
        # Each mock has a class of its own, so that magic methods can be set per mock.
        own = type(cls.__name__, (cls,), {"__doc__": cls.__doc__})
        instance = object.__new__(own)
        if type(instance) is not cls:
            # this interpreter runs __init__ only when __new__ returns an exact instance of cls
            instance.__init__(*args, **kwargs)
            object.__setattr__(instance, "_mock_init_done", True)
        return instance

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_class=None, _new_name="", _new_parent=None, unsafe=False, side_effect=None,
                 return_value=DEFAULT, **kwargs):
        if self.__dict__.get("_mock_init_done"):
            return
        d = object.__setattr__
        if spec_set is not None:
            spec = spec_set
        d(self, "_mock_parent", parent)
        d(self, "_mock_name", name)
        d(self, "_mock_new_name", _new_name)
        d(self, "_mock_new_parent", _new_parent)
        d(self, "_mock_children", {})
        d(self, "_mock_wraps", wraps)
        d(self, "_mock_methods", None)
        d(self, "_spec_set", spec_set is not None)
        d(self, "_spec_class", None)
        d(self, "_mock_unsafe", unsafe)
        d(self, "_mock_return_value", return_value)
        d(self, "_mock_side_effect", None)
        d(self, "_mock_magics", {})
        d(self, "_mock_sealed", False)
        d(self, "_mock_init_done", False)
        if spec is not None:
            self._mock_add_spec(spec)
        self._mock_reset_calls()
        self.side_effect = side_effect
        self.configure_mock(**kwargs)
        if self._mock_has_magics():
            for magic in _MAGICS:
                setattr(type(self), magic, _MagicSlot(self, magic))

    def _mock_has_magics(self):
        return False

    def _mock_reset_calls(self):
        d = object.__setattr__
        d(self, "called", False)
        d(self, "call_count", 0)
        d(self, "call_args", None)
        d(self, "call_args_list", _CallList())
        d(self, "method_calls", _CallList())
        d(self, "mock_calls", _CallList())

    def _mock_add_spec(self, spec):
        if isinstance(spec, (list, tuple)):
            names = list(spec)
        else:
            names = set(dir(spec))
            klass = spec if isinstance(spec, type) else type(spec)
            for base in getattr(klass, "__mro__", (klass,)):
                names.update(getattr(base, "__dict__", {}).keys())
            names.update(getattr(spec, "__dict__", {}).keys())
            object.__setattr__(self, "_spec_class", spec if isinstance(spec, type) else type(spec))
        object.__setattr__(self, "_mock_methods", names)

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec)
        object.__setattr__(self, "_spec_set", spec_set)

    # -- names --

    def _mock_path(self):
        # 'mock', 'mock.foo', 'mock()', 'name.foo().bar' as CPython's repr shows
        parts = []
        node = self
        seen = set()
        while node is not None and id(node) not in seen:
            seen.add(id(node))
            new_name = node._mock_new_name
            parent = node._mock_new_parent
            if parent is None:
                parts.append(node._mock_name or "mock")
                break
            parts.append(new_name if new_name == "()" else "." + new_name)
            node = parent
        parts.reverse()
        return "".join(parts)

    def __repr__(self):
        name = self._mock_path()
        name_part = "" if name == "mock" else " name=%r" % name
        spec_part = ""
        if self._spec_class is not None:
            spec_part = " spec=%r" % self._spec_class.__name__
            if self._spec_set:
                spec_part = " spec_set=%r" % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_part, spec_part, id(self))

    # -- attributes --

    def __getattr__(self, name):
        # return_value and side_effect are served here, not by properties: this interpreter refuses
        # to assign to a property of a class that has __setattr__
        if name == "return_value":
            return self._get_return_value()
        if name == "side_effect":
            return self._mock_side_effect
        if name.startswith("_mock_") or name in ("_spec_class", "_spec_set", "_mock_methods"):
            raise AttributeError(name)
        if name.startswith("__") and name.endswith("__"):
            magic = self.__dict__.get("_mock_magics", {}).get(name) if "_mock_magics" in self.__dict__ else None
            if magic is not None:
                return magic
            raise AttributeError(name)
        methods = self.__dict__.get("_mock_methods")
        if methods is not None and name not in methods:
            raise AttributeError("Mock object has no attribute %r" % name)
        if not self.__dict__.get("_mock_unsafe", False) and name.startswith(
                ("assert", "assret", "asert", "aseert", "assrt")):
            raise AttributeError("%r is not a valid assertion. Use a spec for the mock if %r is "
                                 "meant to be an attribute." % (name, name))
        children = self.__dict__.get("_mock_children")
        if children is None:
            raise AttributeError(name)
        child = children.get(name)
        if child is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            child = self._get_child_mock(parent=self, name=name, wraps=wraps, _new_name=name,
                                         _new_parent=self)
            children[name] = child
        return child

    def __setattr__(self, name, value):
        if name == "side_effect":
            self._set_side_effect(value)
            return
        if name == "return_value":
            object.__setattr__(self, "_mock_return_value", value)
            if isinstance(value, NonCallableMock):
                value._mock_adopt(self, None, "()")
            return
        methods = self.__dict__.get("_mock_methods")
        if (self.__dict__.get("_spec_set") and methods is not None and name not in methods
                and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _MAGICS or (name.startswith("__") and name.endswith("__") and name in (
                "__str__", "__hash__")):
            self._mock_set_magic(name, value)
            return
        if isinstance(value, NonCallableMock) and value._mock_adopt(self, name, name):
            self._mock_children[name] = value
            return
        if name in self.__dict__.get("_mock_children", ()):
            del self._mock_children[name]
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        children = self._mock_children
        if name in children:
            del children[name]
            # a deleted attribute stays deleted: it is not made again on next access
            object.__setattr__(self, name, _Deleted())
            return
        object.__delattr__(self, name)

    def _mock_adopt(self, parent, name, new_name):
        # A mock assigned as an attribute (or return value) of another becomes its child, when it
        # has no name or parent of its own.
        if self._mock_parent is not None or self._mock_new_parent is not None or (
                self._mock_name and name is not None):
            return False
        node = parent
        while node is not None:
            if node is self:
                return False  # it would be its own ancestor
            node = node._mock_new_parent
        object.__setattr__(self, "_mock_parent", parent if name is not None else None)
        object.__setattr__(self, "_mock_new_parent", parent)
        object.__setattr__(self, "_mock_new_name", new_name)
        if name is not None:
            object.__setattr__(self, "_mock_name", name)
        return True

    def attach_mock(self, mock, attribute):
        object.__setattr__(mock, "_mock_parent", None)
        object.__setattr__(mock, "_mock_new_parent", None)
        object.__setattr__(mock, "_mock_name", None)
        object.__setattr__(mock, "_mock_new_name", "")
        setattr(self, attribute, mock)

    def _get_child_mock(self, **kwargs):
        klass = type(self).__mro__[1]  # the class the user made (not this mock's own class)
        if not issubclass(klass, CallableMixin):
            klass = MagicMock if issubclass(klass, MagicMixin) else Mock
        if issubclass(klass, AsyncMockMixin) and kwargs.get("_new_name") in _MAGICS and \
                kwargs.get("_new_name") not in _ASYNC_MAGICS:
            klass = MagicMock
        if issubclass(klass, MagicMixin) and kwargs.get("_new_name") in _ASYNC_MAGICS:
            klass = AsyncMock
        return klass(**kwargs)

    def configure_mock(self, **kwargs):
        """Set attributes from keywords: configure_mock(**{'method.return_value': 3, 'x': 1})."""
        for key in sorted(kwargs, key=lambda k: k.count(".")):
            target = self
            parts = key.split(".")
            for part in parts[:-1]:
                target = getattr(target, part)
            setattr(target, parts[-1], kwargs[key])

    # -- magic methods --

    def _mock_set_magic(self, name, value):
        if not isinstance(value, NonCallableMock) and callable(value):
            original = value
            owner = self

            def value(*args, **kwargs):
                return original(owner, *args, **kwargs)
        elif isinstance(value, NonCallableMock):
            value._mock_adopt(self, name, name)
        self._mock_magics[name] = value
        if name in _MAGICS or name in ("__str__", "__hash__"):
            setattr(type(self), name, _MagicSlot(self, name))

    def _mock_magic(self, name):
        magic = self._mock_magics.get(name)
        if magic is None:
            magic = self._get_child_mock(parent=self, name=name, _new_name=name, _new_parent=self)
            default = _MAGIC_DEFAULTS.get(name, _MISSING)
            if default is not _MISSING:
                magic.return_value = default
            elif name in _MAGIC_NONE_RESULT:
                magic.return_value = None
            self._mock_magics[name] = magic
        return magic

    # -- return value and side effect --

    def _get_return_value(self):
        value = self._mock_return_value
        if value is DEFAULT:
            value = self._get_child_mock(_new_parent=self, _new_name="()")
            object.__setattr__(self, "_mock_return_value", value)
        return value

    def _set_side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            try:
                value = _Iterator(iter(value))
            except TypeError:
                pass
        object.__setattr__(self, "_mock_side_effect", value)

    def reset_mock(self, visited=None, return_value=False, side_effect=False):
        """Forget the calls of this mock and its children (and optionally its configuration)."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        self._mock_reset_calls()
        if return_value:
            object.__setattr__(self, "_mock_return_value", DEFAULT)
        if side_effect:
            object.__setattr__(self, "_mock_side_effect", None)
        for child in list(self._mock_children.values()) + list(self._mock_magics.values()):
            if isinstance(child, NonCallableMock):
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        rv = self._mock_return_value
        if isinstance(rv, NonCallableMock) and rv is not self:
            rv.reset_mock(visited)

    # -- assertions --

    def _format_call(self, args, kwargs):
        return "%s(%s)" % (self._mock_name or "mock", _format_args(args, kwargs))

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return "\n%s: %r." % (prefix, self.mock_calls)

    def assert_called_with(self, *args, **kwargs):
        """The last call was made with these arguments."""
        if self.call_args is None:
            raise AssertionError("expected call not found.\nExpected: %s\n  Actual: not called."
                                 % self._format_call(args, kwargs))
        expected = _Call((args, kwargs), two=True)
        if self.call_args != expected:
            actual = self.call_args
            raise AssertionError("expected call not found.\nExpected: %s\n  Actual: %s" % (
                self._format_call(args, kwargs), self._format_call(actual.args, actual.kwargs)))

    def assert_called_once_with(self, *args, **kwargs):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s" % (
                self._mock_name or "mock", self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s" % (
                self._mock_name or "mock", self.call_count, self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % (self._mock_name or "mock"))

    def assert_called_once(self):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s" % (
                self._mock_name or "mock", self.call_count, self._calls_repr()))

    def assert_any_call(self, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if expected not in list(self.call_args_list):
            raise AssertionError("%s call not found" % self._format_call(args, kwargs))

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError("Calls not found.\nExpected: %r%s" % (
                    _CallList(calls), self._calls_repr(prefix="  Actual").rstrip(".")))
            return
        remaining = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError("%r does not contain all of %r in its call list, found %r instead" % (
                self._mock_name or "mock", tuple(not_found), all_calls))


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type) and issubclass(obj, BaseException))


class _Iterator:
    # A side_effect iterable: kept as an iterator, so each call takes the next item
    def __init__(self, iterator):
        self.iterator = iterator

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.iterator)


class _Deleted:
    pass


class CallableMixin:
    _mock_callable = True

    def __call__(self, *args, **kwargs):
        self._mock_record_call(args, kwargs)
        return self._mock_execute(args, kwargs)

    def _mock_record_call(self, args, kwargs):
        d = object.__setattr__
        d(self, "called", True)
        d(self, "call_count", self.call_count + 1)
        this_call = _Call((args, kwargs), two=True)
        d(self, "call_args", this_call)
        self.call_args_list.append(this_call)
        self.mock_calls.append(_Call(("", args, kwargs)))
        # method_calls: up through the attribute parents
        name = self._mock_name
        parent = self._mock_parent
        while parent is not None:
            parent.method_calls.append(_Call((name, args, kwargs)))
            if parent._mock_parent is None:
                break
            name = "%s.%s" % (parent._mock_name, name)
            parent = parent._mock_parent
        # mock_calls: up through attributes and return values
        path = self._mock_new_name
        parent = self._mock_new_parent
        seen = set()
        while parent is not None and id(parent) not in seen:
            seen.add(id(parent))
            parent.mock_calls.append(_Call((path, args, kwargs)))
            if parent._mock_new_name:
                joiner = "" if path.startswith("()") else "."
                path = parent._mock_new_name + joiner + path
            parent = parent._mock_new_parent

    def _mock_execute(self, args, kwargs):
        effect = self._mock_side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if isinstance(effect, _Iterator):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self._mock_return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self._get_return_value()


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: records its calls; returns return_value (a child mock by default)."""


class MagicMixin:
    def _mock_has_magics(self):
        return True


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that is not callable."""


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods too: len(), iteration, `in`, [], `with`, comparisons..."""


class PropertyMock(Mock):
    """A mock to put on a class as a property: reading the attribute calls it, setting calls it
    with the value."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


# ---- AsyncMock ----

class AsyncMockMixin:
    def _mock_reset_calls(self):
        NonCallableMock._mock_reset_calls(self)
        d = object.__setattr__
        d(self, "await_count", 0)
        d(self, "await_args", None)
        d(self, "await_args_list", _CallList())

    def __call__(self, *args, **kwargs):
        # The call is counted now; the coroutine it returns counts the await and gives the result.
        self._mock_record_call(args, kwargs)
        return self._mock_await(args, kwargs)

    async def _mock_await(self, args, kwargs):
        d = object.__setattr__
        this_call = _Call((args, kwargs), two=True)
        d(self, "await_count", self.await_count + 1)
        d(self, "await_args", this_call)
        self.await_args_list.append(this_call)
        effect = self._mock_side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if isinstance(effect, _Iterator):
                try:
                    result = next(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
                if hasattr(result, "send") and hasattr(result, "throw"):
                    result = await result
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self._mock_return_value
        if self._mock_wraps is not None:
            result = self._mock_wraps(*args, **kwargs)
            if hasattr(result, "send") and hasattr(result, "throw"):
                result = await result
            return result
        return self._get_return_value()

    def _name_for_await(self):
        return self._mock_name or "mock"

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError("Expected %s to have been awaited." % self._name_for_await())

    def assert_awaited_once(self):
        if not self.await_count == 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times." % (
                self._name_for_await(), self.await_count))

    def assert_awaited_with(self, *args, **kwargs):
        if self.await_args is None:
            raise AssertionError("Expected await: %s\nNot awaited" % self._format_call(args, kwargs))
        if self.await_args != _Call((args, kwargs), two=True):
            actual = self.await_args
            raise AssertionError("expected await not found.\nExpected: %s\n  Actual: %s" % (
                self._format_call(args, kwargs), self._format_call(actual.args, actual.kwargs)))

    def assert_awaited_once_with(self, *args, **kwargs):
        if not self.await_count == 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times." % (
                self._name_for_await(), self.await_count))
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, *args, **kwargs):
        if _Call((args, kwargs), two=True) not in list(self.await_args_list):
            raise AssertionError("%s await not found" % self._format_call(args, kwargs))

    def assert_has_awaits(self, calls, any_order=False):
        expected = [_Call((c.args, c.kwargs), two=True) if isinstance(c, _Call) else c for c in calls]
        all_awaits = _CallList(self.await_args_list)
        if not any_order:
            if expected not in all_awaits:
                raise AssertionError("Awaits not found.\nExpected: %r\nActual: %r" % (
                    _CallList(calls), self.await_args_list))
            return
        remaining = list(all_awaits)
        not_found = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError("%r not all found in await list" % (tuple(not_found),))

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError("Expected %s to not have been awaited. Awaited %s times." % (
                self._name_for_await(), self.await_count))


class AsyncMock(AsyncMockMixin, MagicMixin, Mock):
    """A MagicMock whose call returns a coroutine: `await mock(...)` gives its return_value (or
    side_effect's result) and counts in await_count/await_args."""


# ---- patch ----

def _import(target):
    if target == "__main__":
        import __main__
        return __main__
    parts = target.split(".")
    thing = __import__(parts[0])
    for i in range(1, len(parts)):
        try:
            thing = getattr(thing, parts[i])
        except AttributeError:
            __import__(".".join(parts[:i + 1]))
            thing = getattr(thing, parts[i])
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit(".", 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError("Need a valid target to patch. You supplied: %r" % (target,))
    return (lambda: _import(target)), attribute


def _is_async_func(obj):
    import inspect
    if isinstance(obj, NonCallableMock):
        return False
    return inspect.iscoroutinefunction(obj)


_active_patches = []


class _Startable:
    # patcher.start() / stop(): what `with` does, kept open until stop() (or patch.stopall()).
    def start(self):
        result = self.__enter__()
        _active_patches.append(self)
        return result

    def stop(self):
        try:
            _active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


class _patch(_Startable):
    """One patch: replaces target.attribute by new (a MagicMock by default) while active."""

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                 kwargs, unsafe=False):
        if new_callable is not None and new is not DEFAULT:
            raise ValueError("Cannot use 'new' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []
        self.attribute_name = None
        self.is_local = False
        self.target = None

    def copy(self):
        p = _patch(self.getter, self.attribute, self.new, self.spec, self.create, self.spec_set,
                   self.autospec, self.new_callable, self.kwargs)
        p.attribute_name = self.attribute_name
        p.additional_patchers = [x.copy() for x in self.additional_patchers]
        return p

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return _decorate_callable(func, self)

    def decorate_class(self, klass):
        for attr in list(klass.__dict__):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            value = klass.__dict__[attr]
            if not callable(value):
                continue
            setattr(klass, attr, self.copy()(value))
        return klass

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = _MISSING
        local = False
        namespace = getattr(target, "__dict__", None)
        try:
            if namespace is not None and name in namespace:
                original = namespace[name]
                local = True
        except TypeError:
            pass
        if original is _MISSING:
            original = getattr(target, name, _MISSING)
        if original is _MISSING and name in ("__builtins__",) and not self.create:
            original = None
        if original is _MISSING and not self.create:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        new = self.new
        original, local = self.get_original()
        if new is DEFAULT:
            if self.new_callable is not None:
                klass = self.new_callable
            elif original is not _MISSING and _is_async_func(original):
                klass = AsyncMock
            else:
                klass = MagicMock
            kwargs = dict(self.kwargs)
            if self.spec is not None and self.spec is not True:
                kwargs["spec"] = self.spec
            elif self.spec is True and original is not _MISSING:
                kwargs["spec"] = original
            if self.spec_set is not None and self.spec_set is not False:
                kwargs["spec_set"] = original if self.spec_set is True else self.spec_set
            new = klass(**kwargs)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        self.temp_original = original
        self.is_local = local
        self.target = self.getter()
        setattr(self.target, self.attribute, new)
        extra = None
        if self.attribute_name is not None:
            extra = {}
            if self.new is DEFAULT:
                extra[self.attribute_name] = new
            for patching in self.additional_patchers:
                result = patching.__enter__()
                if patching.new is DEFAULT:
                    extra.update(result)
            return extra
        return new

    def __exit__(self, *exc_info):
        if self.target is None:
            raise RuntimeError("stop called on unstarted patcher")
        if self.is_local and self.temp_original is not _MISSING:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            try:
                delattr(self.target, self.attribute)
            except (AttributeError, TypeError):
                if self.temp_original is not _MISSING:
                    setattr(self.target, self.attribute, self.temp_original)
            if not self.create and self.temp_original is not _MISSING and \
                    getattr(self.target, self.attribute, _MISSING) is _MISSING:
                setattr(self.target, self.attribute, self.temp_original)
        self.target = None
        for patching in reversed(self.additional_patchers):
            patching.__exit__(*exc_info)
        return False


def _decorate_callable(func, patcher):
    # Stacked patches share one wrapper: the bottom decorator's mock is the first extra argument.
    patchings = getattr(func, "patchings", None)
    if patchings is not None and getattr(func, "_mock_patch_wrapper", False):
        patchings.append(patcher)
        return func
    patchings = [patcher]

    def enter_all():
        extra_args = []
        extra_kwargs = {}
        entered = []
        try:
            for patching in patchings:
                arg = patching.__enter__()
                entered.append(patching)
                if patching.attribute_name is not None:
                    extra_kwargs.update(arg)
                elif patching.new is DEFAULT:
                    extra_args.append(arg)
        except BaseException:
            for patching in reversed(entered):
                patching.__exit__(None, None, None)
            raise
        return entered, extra_args, extra_kwargs

    def exit_all(entered):
        for patching in reversed(entered):
            patching.__exit__(None, None, None)

    if _is_async_func(func):
        async def patched(*args, **kwargs):
            entered, extra_args, extra_kwargs = enter_all()
            try:
                kwargs.update(extra_kwargs)
                return await func(*(args + tuple(extra_args)), **kwargs)
            finally:
                exit_all(entered)
    else:
        def patched(*args, **kwargs):
            entered, extra_args, extra_kwargs = enter_all()
            try:
                kwargs.update(extra_kwargs)
                return func(*(args + tuple(extra_args)), **kwargs)
            finally:
                exit_all(entered)

    patched.__name__ = getattr(func, "__name__", "patched")
    patched.__doc__ = getattr(func, "__doc__", None)
    patched.__wrapped__ = func
    patched.patchings = patchings
    patched._mock_patch_wrapper = True
    for flag in ("__unittest_skip__", "__unittest_skip_why__", "__unittest_expecting_failure__"):
        if hasattr(func, flag):
            setattr(patched, flag, getattr(func, flag))
    return patched


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, unsafe=False, **kwargs):
    """patch('module.name', new=...): a decorator, class decorator or context manager that puts
    new (a MagicMock, or an AsyncMock for an async function, by default) in place of module.name
    while it runs, then puts the original back."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, unsafe=False, **kwargs):
    """patch.object(obj, 'name', new=...): as patch, on an object's attribute."""
    if isinstance(target, str):
        raise TypeError("%r must be the actual object to be patched, not a str" % (target,))
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    if isinstance(target, str):
        getter = lambda: _import(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError("Must supply at least one keyword argument with patch.multiple")
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
        this.attribute_name = attribute
        patcher.additional_patchers.append(this)
    return patcher


class _patch_dict(_Startable):
    """patch.dict(d, values, clear=False): sets keys of a dict (or 'module.dict') while active and
    restores its whole content afterwards."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            for attr in list(f.__dict__):
                value = f.__dict__[attr]
                if attr.startswith(patch.TEST_PREFIX) and callable(value):
                    setattr(f, attr, _patch_dict(self.in_dict, self.values, self.clear)(value))
            return f
        patcher = self
        if _is_async_func(f):
            async def patched(*args, **kw):
                patcher._patch_dict()
                try:
                    return await f(*args, **kw)
                finally:
                    patcher._unpatch_dict()
        else:
            def patched(*args, **kw):
                patcher._patch_dict()
                try:
                    return f(*args, **kw)
                finally:
                    patcher._unpatch_dict()
        patched.__name__ = getattr(f, "__name__", "patched")
        patched.__wrapped__ = f
        return patched

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _import(self.in_dict)
        in_dict = self.in_dict
        self._original = dict(in_dict)
        if self.clear:
            in_dict.clear()
        in_dict.update(self.values)

    def _unpatch_dict(self):
        in_dict = self.in_dict
        in_dict.clear()
        in_dict.update(self._original)
        return False

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False


def _patch_stopall():
    for patcher in reversed(list(_active_patches)):
        patcher.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = "test"


# ---- mock_open ----

def mock_open(mock=None, read_data=""):
    """A MagicMock standing for open(): its file handle reads read_data and records writes."""
    state = {"data": read_data, "pos": 0}

    def _lines():
        data = state["data"][state["pos"]:]
        out = []
        while data:
            cut = data.find("\n" if isinstance(data, str) else b"\n")
            if cut < 0:
                out.append(data)
                break
            out.append(data[:cut + 1])
            data = data[cut + 1:]
        return out

    def _read(*args):
        size = args[0] if args and args[0] is not None and args[0] >= 0 else None
        data = state["data"][state["pos"]:]
        if size is not None:
            data = data[:size]
        state["pos"] += len(data)
        return data

    def _readline(*args):
        lines = _lines()
        if not lines:
            return state["data"][:0]
        state["pos"] += len(lines[0])
        return lines[0]

    def _readlines(*args):
        lines = _lines()
        state["pos"] = len(state["data"])
        return lines

    def _iter():
        while True:
            line = _readline()
            if not line:
                return
            yield line

    def reset(*args, **kwargs):
        state["pos"] = 0
        return DEFAULT

    if mock is None:
        mock = MagicMock(name="open")
    handle = MagicMock()
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.side_effect = _read
    handle.readline.side_effect = _readline
    handle.readlines.side_effect = _readlines
    handle.__iter__.side_effect = lambda *a: _iter()
    mock.side_effect = reset
    mock.return_value = handle
    return mock


def seal(mock):
    raise NotImplementedError("seal() is not available in this runtime")


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, **kwargs):
    """A mock with spec's attributes (signatures are not checked in this runtime)."""
    if _is_async_func(spec):
        return AsyncMock(spec=spec, **kwargs)
    klass = MagicMock
    if isinstance(spec, type) and not instance:
        return klass(spec=spec, **kwargs)
    return klass(spec=spec, **kwargs)
