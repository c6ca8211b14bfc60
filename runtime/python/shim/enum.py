# enum for Loopscope's MicroPython: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, with
# CPython 3.11's reprs (`<Color.RED: 1>`), str (`Color.RED`; the value for IntEnum/StrEnum/IntFlag),
# value lookup (`Color(1)`, ValueError "5 is not a valid Color"), aliases, _missing_,
# _generate_next_value_, __members__ and the functional form `Enum("Color", "RED GREEN")`.
#
# Enum classes are of type EnumType (EnumMeta), which gives the class itself iteration, len(),
# `Color["RED"]`, `x in Color` and the `<enum 'Color'>` repr. The members are made after the class
# exists: importing this module wraps builtins.__build_class__ so that a class deriving from Enum has
# its body's values turned into members (this interpreter's class body is not a custom namespace).
#
# Sections: auto and the class hook; EnumType; Enum; IntEnum/StrEnum; Flag/IntFlag; unique.

import builtins

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum", "auto", "unique"]

_enum_base = None  # Enum, once defined
_flag_base = None  # Flag, once defined


class _AutoOps:
    # In a class body `RW = R | W` combines auto() values that are not known yet (this interpreter's
    # class body is a plain dict): the expression is kept and worked out once R and W have values.
    def __or__(self, other):
        return _AutoExpr(_or, self, other)

    def __ror__(self, other):
        return _AutoExpr(_or, other, self)

    def __and__(self, other):
        return _AutoExpr(_and, self, other)

    def __rand__(self, other):
        return _AutoExpr(_and, other, self)

    def __xor__(self, other):
        return _AutoExpr(_xor, self, other)

    def __rxor__(self, other):
        return _AutoExpr(_xor, other, self)

    def __invert__(self):
        return _AutoExpr(_invert, self, None)


def _or(a, b):
    return a | b


def _and(a, b):
    return a & b


def _xor(a, b):
    return a ^ b


def _invert(a, b):
    return ~a


class _Unresolved(Exception):
    pass


class _AutoExpr(_AutoOps):
    def __init__(self, op, left, right):
        self._op = op
        self._left = left
        self._right = right

    def _resolve(self):
        return self._op(_auto_value(self._left), _auto_value(self._right))


def _auto_value(x):
    if isinstance(x, auto):
        if x.value is _auto_marker:
            raise _Unresolved
        return x.value
    if isinstance(x, _AutoExpr):
        return x._resolve()
    return x


class auto(_AutoOps):
    _counter = 0

    def __init__(self):
        self.value = _auto_marker
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return "auto(%r)" % (self.value,)


_auto_marker = object()


def _is_member_candidate(name, value):
    if name.startswith("__") and name.endswith("__"):
        return False
    if name.startswith("_") and name.endswith("_") and len(name) > 2:
        return False  # _sunder_ names are settings, not members
    if isinstance(value, (classmethod, staticmethod, property)):
        return False
    if callable(value) and not isinstance(value, (auto, type)):
        return False  # methods
    return True


def _new_member(cls, value, args):
    # An instance of cls carrying `value`: through the class's own __new__ when it has one (the
    # custom-__new__ pattern), else plainly (object, or the int/str mixin's constructor).
    custom_new = cls.__dict__.get("_new_member_")
    if custom_new is not None:
        member = custom_new(cls, *args)
        if not hasattr(member, "_value_"):
            member._value_ = value
        return member
    mixin = cls._member_type_
    if mixin is object:
        member = object.__new__(cls)
    else:
        # The mixin's constructor makes the native part; Enum.__new__ (value lookup) must not run,
        # so it is taken off the classes that hold it for this one call.
        holders = [(c, c.__dict__["__new__"]) for c in _linear_bases(cls)
                   if c not in (int, str, float, object) and "__new__" in c.__dict__]
        for c, _ in holders:
            delattr(c, "__new__")
        try:
            member = cls(value)
        finally:
            for c, new in holders:
                setattr(c, "__new__", new)
    member._value_ = value
    return member


def _mixin_type(cls):
    for base in cls.__mro__ if hasattr(cls, "__mro__") else _linear_bases(cls):
        if base in (int, str, float):
            return base
    return object


def _linear_bases(cls):
    order = [cls]
    for base in cls.__bases__:
        for b in _linear_bases(base):
            if b not in order:
                order.append(b)
    return order


def _make_enum(cls):
    own = cls.__dict__
    if "__new__" in own and own["__new__"] is not _enum_base.__dict__["__new__"]:
        cls._new_member_ = own["__new__"]
        delattr(cls, "__new__")
    cls._member_type_ = _mixin_type(cls)
    if cls._member_type_ is not object:
        _route_mixin_lookups(cls)
    cls._member_names_ = []
    cls._member_map_ = {}
    cls._value2member_map_ = {}
    cls._unhashable_values_ = []
    inherited_names = set()
    for base in cls.__bases__:
        inherited_names.update(getattr(base, "_member_map_", {}))
    candidates = [(name, value) for name, value in own.items() if _is_member_candidate(name, value)]
    ignore = own.get("_ignore_", [])
    if isinstance(ignore, str):
        ignore = ignore.replace(",", " ").split()
    last_values = []
    deferred = []
    for name, value in candidates:
        if name in ignore:
            delattr(cls, name)
            continue
        if name in inherited_names:
            raise TypeError("%r already defined as %r" % (name, getattr(cls, name)))
        if isinstance(value, _AutoExpr):
            try:
                value = value._resolve()
            except _Unresolved:
                deferred.append((name, value))  # operands defined later (or listed later here)
                continue
        if isinstance(value, auto):
            if value.value is _auto_marker:
                value.value = cls._generate_next_value_(name, 1, len(cls._member_names_), last_values[:])
            value = value.value
        last_values.append(value)
        _add_member(cls, name, value)
    for name, value in deferred:
        _add_member(cls, name, value._resolve())
    for name in ignore:
        if name in own:
            delattr(cls, name)
    cls.__members__ = dict(cls._member_map_)
    if _flag_base is not None and issubclass(cls, _flag_base):
        mask = 0
        for member in cls._member_map_.values():
            mask |= member._value_
        cls._flag_mask_ = mask
    return cls


def _route_mixin_lookups(cls):
    # In `class Status(str, Enum)` this interpreter finds str's constructor, repr and str before
    # Enum's (its lookup is depth-first): name the enum's own on the class, as IntEnum does, and give
    # int/str mixins operators that work between members.
    enum_bases = [c for c in _linear_bases(cls)[1:] if isinstance(c, type) and issubclass(c, _enum_base)]
    for name in ("__new__", "__repr__", "__str__", "__format__"):
        if name in cls.__dict__:
            continue
        for base in enum_bases:
            if name in base.__dict__:
                setattr(cls, name, base.__dict__[name])
                break
    if any("__lt__" in base.__dict__ for base in enum_bases):
        return  # IntEnum, StrEnum, IntFlag have theirs
    namespace = {}
    if cls._member_type_ is int:
        _int_operators(namespace)
        namespace["__hash__"] = lambda self: hash(self._value_)
    elif cls._member_type_ is str:
        _str_operators(namespace)
    for name, method in namespace.items():
        if name not in cls.__dict__:
            setattr(cls, name, method)


def _add_member(cls, name, value):
    args = value if isinstance(value, tuple) else (value,)
    existing = _lookup(cls, value)
    if existing is not None:
        member = existing  # an alias
    else:
        member = _new_member(cls, value, args)
        member._name_ = name
        member.__objclass__ = cls
        init = cls.__dict__.get("__init__")
        if init is not None and cls._member_type_ is object:
            init(member, *args)
        cls._member_names_.append(name)
        value = member._value_
        try:
            cls._value2member_map_[value] = member
        except TypeError:
            cls._unhashable_values_.append(member)
    cls._member_map_[name] = member
    setattr(cls, name, member)


def _lookup(cls, value):
    try:
        return cls._value2member_map_.get(value)
    except TypeError:
        for member in cls._unhashable_values_:
            if member._value_ == value:
                return member
        return None


_original_build_class = builtins.__build_class__


def _build_class(func, name, *bases, **kwargs):
    cls = _original_build_class(func, name, *bases, **kwargs)
    if _enum_base is not None and any(isinstance(b, type) and issubclass(b, _enum_base) for b in bases):
        _make_enum(cls)
    return cls


builtins.__build_class__ = _build_class


# ---- EnumType ----

class EnumType(type):
    """The type of enum classes: they iterate over their members (not aliases) in definition order."""

    def __iter__(cls):
        return iter(cls._members_listed())

    def __reversed__(cls):
        return reversed(cls._members_listed())

    def __len__(cls):
        return len(cls._members_listed())

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, _enum_base):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(member).__name__, type(cls).__name__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __repr__(cls):
        if _flag_base is not None and issubclass(cls, _flag_base):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def _members_listed(cls):
        if _flag_base is not None and issubclass(cls, _flag_base):
            return _canonical_members(cls)
        return [cls._member_map_[name] for name in cls._member_names_]


EnumMeta = EnumType


# ---- Enum ----

class Enum(metaclass=EnumType):
    _member_names_ = []
    _member_map_ = {}
    _value2member_map_ = {}
    def __new__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                boundary=None):
        if names is not None:
            return _functional(cls, value, names, module, qualname, type, start)
        if value.__class__ is cls:
            return value
        member = _lookup(cls, value)
        if member is not None:
            return member
        missing = cls._missing_(value)
        if isinstance(missing, cls):
            return missing
        if missing is not None:
            raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                            % (cls.__name__, missing))
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __init__(self, *args, **kwargs):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, format_spec):
        # CPython 3.11: format() of a member is format() of its str()
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_enum_base = Enum


def _functional(cls, class_name, names, module, qualname, mixin, start):
    if isinstance(names, str):
        names = names.replace(",", " ").split()
    if isinstance(names, dict):
        items = list(names.items())
    else:
        names = list(names)
        if names and isinstance(names[0], str):
            items = []
            last = []
            for i, name in enumerate(names):
                value = cls._generate_next_value_(name, start, i, last[:])
                last.append(value)
                items.append((name, value))
        else:
            items = [tuple(pair) for pair in names]
    bases = (mixin, cls) if mixin is not None else (cls,)
    namespace = {"__module__": module or "__main__", "__qualname__": qualname or class_name}
    for name, value in items:
        namespace[name] = value
    return _make_enum(type(class_name, bases, namespace))


class ReprEnum(Enum):
    # Only the repr is the enum's; str() is the value's (IntEnum, StrEnum, IntFlag).
    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        # format() is the value's (f"{Color.RED:03}" is "001"); an empty spec is str(), which a
        # subclass may override
        if not format_spec:
            return str(self)
        return format(self._value_, format_spec)


# ---- IntEnum / StrEnum ----

def _plain(obj):
    return obj._value_ if isinstance(obj, Enum) else obj


def _int_operators(namespace):
    # This interpreter does not unwrap an int subclass's instance on the right of an int operator
    # (IntEnum.A > IntEnum.B fails), so the int-like enums do their arithmetic on the plain values.
    ops = {
        "__lt__": lambda a, b: a < b, "__le__": lambda a, b: a <= b,
        "__gt__": lambda a, b: a > b, "__ge__": lambda a, b: a >= b,
        "__eq__": lambda a, b: a == b, "__ne__": lambda a, b: a != b,
        "__add__": lambda a, b: a + b, "__radd__": lambda a, b: b + a,
        "__sub__": lambda a, b: a - b, "__rsub__": lambda a, b: b - a,
        "__mul__": lambda a, b: a * b, "__rmul__": lambda a, b: b * a,
        "__truediv__": lambda a, b: a / b, "__rtruediv__": lambda a, b: b / a,
        "__floordiv__": lambda a, b: a // b, "__rfloordiv__": lambda a, b: b // a,
        "__mod__": lambda a, b: a % b, "__rmod__": lambda a, b: b % a,
        "__pow__": lambda a, b: a ** b, "__rpow__": lambda a, b: b ** a,
        "__lshift__": lambda a, b: a << b, "__rshift__": lambda a, b: a >> b,
        "__or__": lambda a, b: a | b, "__ror__": lambda a, b: b | a,
        "__and__": lambda a, b: a & b, "__rand__": lambda a, b: b & a,
        "__xor__": lambda a, b: a ^ b, "__rxor__": lambda a, b: b ^ a,
    }
    for name, op in ops.items():
        namespace[name] = _binary(op)
    namespace["__neg__"] = lambda self: -self._value_
    namespace["__pos__"] = lambda self: +self._value_
    namespace["__abs__"] = lambda self: abs(self._value_)
    namespace["__int__"] = lambda self: self._value_
    namespace["__index__"] = lambda self: self._value_


def _str_operators(namespace):
    ops = {
        "__lt__": lambda a, b: a < b, "__le__": lambda a, b: a <= b,
        "__gt__": lambda a, b: a > b, "__ge__": lambda a, b: a >= b,
        "__eq__": lambda a, b: a == b, "__ne__": lambda a, b: a != b,
        "__add__": lambda a, b: a + b, "__radd__": lambda a, b: b + a,
        "__contains__": lambda a, b: b in a,
    }
    for name, op in ops.items():
        namespace[name] = _binary(op)
    namespace["__hash__"] = lambda self: hash(self._value_)
    namespace["__len__"] = lambda self: len(self._value_)


def _binary(op):
    def method(self, other):
        return op(self._value_, _plain(other))
    return method


class IntEnum(int, ReprEnum):
    # int comes first in this interpreter's lookup: the enum's own methods are named here.
    __new__ = Enum.__dict__["__new__"]
    __repr__ = Enum.__repr__
    __format__ = ReprEnum.__format__
    _int_operators(locals())

    def __str__(self):
        return str(self._value_)

    def __hash__(self):
        return hash(self._value_)


class StrEnum(str, ReprEnum):
    __new__ = Enum.__dict__["__new__"]
    __repr__ = Enum.__repr__
    __format__ = ReprEnum.__format__

    def __str__(self):
        return self._value_

    def __hash__(self):
        return hash(self._value_)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


# ---- Flag / IntFlag ----

def _bits_lsb(value):
    while value:
        bit = value & -value
        yield bit
        value ^= bit


def _canonical_members(cls):
    # The single-bit members in definition order (what composite names and iteration show).
    found = []
    for name in cls._member_names_:
        member = cls._member_map_[name]
        value = member._value_
        if value and value & (value - 1) == 0:
            found.append(member)
    return found


class Flag(Enum):
    _flag_mask_ = 0

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 1 << high.bit_length() if hasattr(high, "bit_length") else 1 << len(bin(high)[2:])

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if value < 0:
            value = cls._flag_mask_ & value
        if value & ~cls._flag_mask_ and not issubclass(cls, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        names = []
        known = 0
        for member in _canonical_members(cls):
            if member._value_ & value:
                names.append(member._name_)
                known |= member._value_
        pseudo = _new_member(cls, value, (value,))
        if value & ~known:  # IntFlag keeps unknown bits
            pseudo._name_ = "|".join(names + [hex(value & ~known)]) if names else None
        else:
            pseudo._name_ = "|".join(names) if names else None
        cls._value2member_map_[value] = pseudo
        return pseudo

    def _members_in(self):
        return [m for m in _canonical_members(type(self)) if m._value_ & self._value_]

    def __iter__(self):
        return iter(self._members_in())

    def __len__(self):
        return len(self._members_in())

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls = type(self)
        if self._name_ is None:
            return "<%s: %r>" % (cls.__name__, self._value_)
        return "<%s.%s: %r>" % (cls.__name__, self._name_, self._value_)

    def __str__(self):
        cls = type(self)
        if self._name_ is None:
            return "%s(%r)" % (cls.__name__, self._value_)
        return "%s.%s" % (cls.__name__, self._name_)

    def _operand(self, other):
        if isinstance(other, type(self)):
            return other._value_
        return NotImplemented

    def __or__(self, other):
        value = self._operand(other)
        return NotImplemented if value is NotImplemented else type(self)(self._value_ | value)

    def __and__(self, other):
        value = self._operand(other)
        return NotImplemented if value is NotImplemented else type(self)(self._value_ & value)

    def __xor__(self, other):
        value = self._operand(other)
        return NotImplemented if value is NotImplemented else type(self)(self._value_ ^ value)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return type(self)(type(self)._flag_mask_ ^ self._value_)


_flag_base = Flag


class IntFlag(int, ReprEnum, Flag):
    __new__ = Enum.__dict__["__new__"]
    _int_operators(locals())

    def _operand(self, other):
        if isinstance(other, int):
            return int(other._value_) if isinstance(other, Flag) else other
        return NotImplemented

    def __str__(self):
        return str(self._value_)

    def __hash__(self):
        return hash(self._value_)

    __repr__ = Flag.__repr__
    __format__ = ReprEnum.__format__
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__
    __contains__ = Flag.__contains__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__
    __bool__ = Flag.__bool__
    _missing_ = Flag.__dict__["_missing_"]
    _generate_next_value_ = Flag.__dict__["_generate_next_value_"]


# ---- unique ----

def unique(enumeration):
    duplicates = [(name, member._name_) for name, member in enumeration.__members__.items()
                  if name != member._name_]
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in <enum %r>: %s" % (enumeration.__name__, alias_details))
    return enumeration
