# dataclasses for Loopscope's MicroPython: @dataclass (init, repr, eq, order, frozen, unsafe_hash,
# match_args, kw_only), field, fields, asdict, astuple, replace, is_dataclass, make_dataclass, with
# CPython 3.11's printed forms and error messages.
#
# The fields are the class's own `__annotations__`, in order, as CPython: evaluated (patch 0228), or
# their text under `from __future__ import annotations`, so every check here takes both forms.
#
# Sections: MISSING and Field; the decorator (field discovery, generated methods); module functions.

import copy as _copy

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING",
           "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass"]


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        return "dataclasses.InitVar[%s]" % getattr(self.type, "__name__", repr(self.type))


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._initvar = False  # an InitVar pseudo-field: an __init__ parameter for __post_init__

    def __repr__(self):
        return "Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,compare=%r,kw_only=%r)" % (
            self.name, self.type, self.default, self.default_factory, self.init, self.repr,
            self.hash, self.compare, self.kw_only)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---- field discovery ----

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"


def _own_field_names(cls):
    own = cls.__dict__
    return list(own.get("__annotations__", {}).items())


def _is_classvar(type_):
    # typing.ClassVar / ClassVar[...] (also as a string annotation).
    if isinstance(type_, str):
        return type_.startswith("ClassVar") or type_.startswith("typing.ClassVar")
    text = repr(type_)
    return text.startswith("typing.ClassVar")


def _is_initvar(type_):
    if isinstance(type_, str):
        return type_.startswith("InitVar") or type_.startswith("dataclasses.InitVar")
    return type_ is InitVar or isinstance(type_, InitVar)


def _is_kw_only(type_):
    # `_: KW_ONLY` (class annotations are their source text here: "KW_ONLY", "dataclasses.KW_ONLY").
    if isinstance(type_, str):
        return type_.strip() in ("KW_ONLY", "dataclasses.KW_ONLY")
    return type_ is KW_ONLY


def _base_fields(cls):
    found = {}
    for base in reversed(cls.__bases__):
        base_fields = getattr(base, _FIELDS, None)
        if base_fields:
            for f in base_fields.values():
                found[f.name] = f
    return found


def _make_field(cls, name, type_, kw_only_default):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = type_
    if f.kw_only is MISSING:
        f.kw_only = kw_only_default
    if isinstance(f.default, (list, dict, set)):
        raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                         % (type(f.default), name))
    # The class attribute holds the plain default (as CPython), or nothing.
    if isinstance(default, Field):
        if f.default is MISSING:
            delattr(cls, name)
        else:
            setattr(cls, name, f.default)
    return f


# ---- generated methods ----

def _and_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _make_init(cls, flds, frozen, has_post_init):
    init_fields = [f for f in flds if f.init]
    positional = [f for f in init_fields if not f.kw_only]
    keyword_only = [f for f in init_fields if f.kw_only]
    by_name = {f.name: f for f in init_fields}
    qualname = cls.__qualname__ + ".__init__()"
    n_required = sum(1 for f in positional
                     if f.default is MISSING and f.default_factory is MISSING)
    for i in range(1, len(positional)):
        earlier, later = positional[i - 1], positional[i]
        if (later.default is MISSING and later.default_factory is MISSING
                and (earlier.default is not MISSING or earlier.default_factory is not MISSING)):
            raise TypeError("non-default argument '%s' follows default argument" % later.name)
    setter = object.__setattr__ if frozen else setattr
    no_init = [f for f in flds if not f.init and not f._initvar]
    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            most = len(positional) + 1
            if n_required == len(positional):
                takes = "%d positional argument%s" % (most, "" if most == 1 else "s")
            else:
                takes = "from %d to %d positional arguments" % (n_required + 1, most)
            raise TypeError("%s takes %s but %d were given" % (qualname, takes, len(args) + 1))
        values = {}
        for f, value in zip(positional, args):
            values[f.name] = value
        for name, value in kwargs.items():
            if name not in by_name:
                raise TypeError("%s got an unexpected keyword argument '%s'" % (qualname, name))
            if name in values:
                raise TypeError("%s got multiple values for argument '%s'" % (qualname, name))
            values[name] = value
        for group, kind in ((positional, "positional"), (keyword_only, "keyword-only")):
            missing = [f.name for f in group if f.name not in values
                       and f.default is MISSING and f.default_factory is MISSING]
            if missing:
                raise TypeError("%s missing %d required %s argument%s: %s" % (
                    qualname, len(missing), kind, "" if len(missing) == 1 else "s", _and_list(missing)))
        initvars = []
        for f in init_fields:
            if f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                value = f.default
            if f._initvar:
                initvars.append(value)
            else:
                setter(self, f.name, value)
        for f in no_init:
            if f.default_factory is not MISSING:
                setter(self, f.name, f.default_factory())
            elif f.default is not MISSING:
                setter(self, f.name, f.default)
        if has_post_init:
            self.__post_init__(*initvars)

    return __init__


_repr_running = set()


def _make_repr(cls, flds):
    shown = [f.name for f in flds if f.repr]

    def __repr__(self):
        key = (id(self), _thread_key())
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            parts = ["%s=%r" % (name, getattr(self, name)) for name in shown]
        finally:
            _repr_running.discard(key)
        return "%s(%s)" % (type(self).__qualname__, ", ".join(parts))

    return __repr__


def _thread_key():
    try:
        import _thread
        return _thread.get_ident()
    except ImportError:
        return 0


def _compare_tuple(obj, flds):
    return tuple(getattr(obj, f.name) for f in flds)


def _make_eq(flds):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _compare_tuple(self, flds) == _compare_tuple(other, flds)
        return NotImplemented
    return __eq__


def _make_order(flds, compare):
    def method(self, other):
        if other.__class__ is self.__class__:
            return compare(_compare_tuple(self, flds), _compare_tuple(other, flds))
        return NotImplemented
    return method


def _make_hash(flds):
    def __hash__(self):
        return hash(_compare_tuple(self, flds))
    return __hash__


def _make_frozen_methods(cls):
    def __setattr__(self, name, value):
        if type(self) is cls or name in getattr(cls, _FIELDS):
            raise FrozenInstanceError("cannot assign to field '%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in getattr(cls, _FIELDS):
            raise FrozenInstanceError("cannot delete field '%s'" % name)
        object.__delattr__(self, name)

    return __setattr__, __delattr__


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    if order and not eq:
        raise ValueError("eq must be true if order is true")
    all_fields = _base_fields(cls)
    base_params = [getattr(b, _PARAMS) for b in cls.__bases__ if hasattr(b, _PARAMS)]
    if base_params:
        any_frozen_base = any(p.frozen for p in base_params)
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    kw_only_default = kw_only
    kw_only_seen = False
    for name, type_ in _own_field_names(cls):
        if isinstance(cls.__dict__.get(name), _KW_ONLY_TYPE) or _is_kw_only(type_):
            if kw_only_seen:
                raise TypeError("%r is KW_ONLY, but KW_ONLY has already been specified" % name)
            kw_only_seen = True
            kw_only_default = True
            if name in cls.__dict__:
                delattr(cls, name)
            continue
        if _is_classvar(type_):
            continue  # a class attribute, not a field
        all_fields[name] = _make_field(cls, name, type_, kw_only_default)
        if _is_initvar(type_):
            all_fields[name]._initvar = True
    setattr(cls, _FIELDS, all_fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    init_params = list(all_fields.values())
    flds = [f for f in init_params if not f._initvar]
    own = cls.__dict__

    if init:
        cls.__init__ = _make_init(cls, init_params, frozen, "__post_init__" in dir(cls))
    if repr:
        cls.__repr__ = _make_repr(cls, flds)
    compared = [f for f in flds if f.compare]
    if eq:
        cls.__eq__ = _make_eq(compared)
    if order:
        for name, op in (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                         ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
            if name in own:
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using "
                                "functools.total_ordering" % (name, cls.__name__))
            setattr(cls, name, _make_order(compared, op))
    if frozen:
        for name in ("__setattr__", "__delattr__"):
            if name in own:
                raise TypeError("Cannot overwrite attribute %s in class %s" % (name, cls.__name__))
        cls.__setattr__, cls.__delattr__ = _make_frozen_methods(cls)
    hashed = [f for f in flds if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash or (eq and frozen):
        cls.__hash__ = _make_hash(hashed)
    elif eq and "__hash__" not in own:
        cls.__hash__ = None
    if match_args and "__match_args__" not in own:
        cls.__match_args__ = tuple(f.name for f in init_params if f.init and not f.kw_only)  # InitVars too
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        cls = _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
        return _add_slots(cls) if slots else cls
    if cls is None:
        return wrap
    return wrap(cls)


def _add_slots(cls):
    # CPython makes a new class whose __slots__ are the fields (so instances have no __dict__):
    # the same namespace less the fields' class attributes
    names = tuple(f.name for f in getattr(cls, _FIELDS).values() if not f._initvar)
    if "__slots__" in cls.__dict__:
        raise TypeError("%s already specifies __slots__" % cls.__name__)
    namespace = {key: value for key, value in cls.__dict__.items() if key not in names and key != "__dict__"}
    namespace["__slots__"] = names
    slotted = type(cls)(cls.__name__, cls.__bases__, namespace)
    slotted.__qualname__ = getattr(cls, "__qualname__", cls.__name__)
    return slotted


# ---- module functions ----

def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def fields(class_or_instance):
    try:
        found = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in found.values() if not f._initvar)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def _convert(obj, dict_factory, as_tuple):
    if _is_dataclass_instance(obj):
        items = [(f.name, _convert(getattr(obj, f.name), dict_factory, as_tuple)) for f in fields(obj)]
        return tuple(v for _, v in items) if as_tuple else dict_factory(items)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_convert(v, dict_factory, as_tuple) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, dict_factory, as_tuple) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, dict_factory, as_tuple), _convert(v, dict_factory, as_tuple))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory, False)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return tuple_factory(_convert(obj, dict, True))


def replace(obj, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be specified with "
                                 "replace()" % f.name)
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
                   slots=False):
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            ns[name] = spec
        if name in annotations:
            raise TypeError("Field name duplicated: %r" % name)
        annotations[name] = tp
    ns["__annotations__"] = annotations
    ns.setdefault("__qualname__", cls_name)
    cls = type(cls_name, bases, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots)
