# typing for Loopscope's MicroPython: every name scripts import exists, with CPython 3.11's reprs
# (`typing.Optional[int]`, `typing.List[int]`, `typing.Callable[[int], str]`, `~T`), __origin__ /
# __args__, get_origin / get_args, TypeVar substitution (List[T][int]), the errors of subscripting
# and instantiating; annotations are not checked (as in CPython at run time). Generic[T] and
# Protocol[T] are aliases standing for their class as a base (`__mro_entries__`), so `class
# Box(Generic[T])` has `__parameters__ == (~T,)`; a Generic subclass subscripts to an alias that
# makes instances; @runtime_checkable protocols check their members in isinstance(). NamedTuple and TypedDict are classes with a metaclass: the class
# forms make a collections.namedtuple / a dict factory, as CPython's.

__all__ = ["Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final", "ForwardRef", "Generic",
           "Literal", "Optional", "ParamSpec", "Protocol", "Tuple", "Type", "TypeVar", "TypeVarTuple",
           "Union", "AbstractSet", "ByteString", "Container", "ContextManager", "Hashable", "ItemsView",
           "Iterable", "Iterator", "KeysView", "Mapping", "MappingView", "MutableMapping",
           "MutableSequence", "MutableSet", "Sequence", "Sized", "ValuesView", "Awaitable",
           "AsyncIterator", "AsyncIterable", "Coroutine", "Collection", "AsyncGenerator",
           "AsyncContextManager", "Reversible", "SupportsAbs", "SupportsBytes", "SupportsComplex",
           "SupportsFloat", "SupportsIndex", "SupportsInt", "SupportsRound", "ChainMap", "Counter",
           "Deque", "Dict", "DefaultDict", "List", "OrderedDict", "Set", "FrozenSet", "NamedTuple",
           "TypedDict", "Generator", "BinaryIO", "IO", "Match", "Pattern", "TextIO", "AnyStr",
           "assert_never", "assert_type", "cast", "final", "get_args", "get_origin", "get_type_hints",
           "is_typeddict", "LiteralString", "Never", "NewType", "no_type_check", "NoReturn",
           "NotRequired", "overload", "ParamSpecArgs", "ParamSpecKwargs", "Required", "reveal_type",
           "runtime_checkable", "Self", "Text", "TYPE_CHECKING", "TypeAlias", "TypeGuard", "Unpack"]

_NoneType = type(None)


def _type_repr(obj):
    # How CPython's typing shows an argument: a class by its qualified name (bare for builtins),
    # ... as ..., a function by its name, anything else by repr.
    if isinstance(obj, type):
        module = getattr(obj, "__module__", "builtins")
        name = getattr(obj, "__qualname__", None) or obj.__name__
        return name if module == "builtins" else module + "." + name
    if obj is ...:
        return "..."
    if type(obj).__name__ == "function":
        return obj.__name__
    return repr(obj)


def _type_check(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _params(parameters):
    return parameters if isinstance(parameters, tuple) else (parameters,)


def _collect_parameters(args):
    found = []
    for arg in args:
        if isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple)):
            if arg not in found:
                found.append(arg)
        else:
            for p in getattr(arg, "__parameters__", ()):
                if p not in found:
                    found.append(p)
    return tuple(found)


def _substitute(arg, mapping):
    if isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple)):
        return mapping.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg._copy_with(tuple(_substitute(a, mapping) for a in arg.__args__))
    if isinstance(arg, list):
        return [_substitute(a, mapping) for a in arg]
    return arg


class _Orable:
    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ForwardRef(_Orable):
    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return "ForwardRef(%r)" % (self.__forward_arg__,)


class _SpecialForm(_Orable):
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError("%r is not subscriptable" % self)
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwargs):
        if self._name == "Any":
            raise TypeError("Any cannot be instantiated")
        raise TypeError("Cannot instantiate %r" % self)

    def __reduce__(self):
        return self._name


# ---- aliases ----

class _GenericAlias(_Orable):
    # X[args]: __origin__ (a class or a special form), __args__, __parameters__ (its TypeVars).
    def __init__(self, origin, args, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._inst = inst
        self.__parameters__ = _collect_parameters(args)

    def _copy_with(self, args):
        return self.__class__(self.__origin__, args, self._name, self._inst)

    def _args_repr(self):
        if not self.__args__:
            return "()"
        return ", ".join(_type_repr(a) for a in self.__args__)

    def __repr__(self):
        base = "typing." + self._name if self._name else _type_repr(self.__origin__)
        return "%s[%s]" % (base, self._args_repr())

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __subclasscheck__(self, cls):
        # isinstance(x, typing.List[int]) (patch 0284): CPython refuses it
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __getitem__(self, parameters):
        if not self.__parameters__:
            raise TypeError("%r is not a generic class" % self)
        parameters = tuple(_type_check(p) for p in _params(parameters))
        if len(parameters) != len(self.__parameters__):
            raise TypeError("Too %s arguments for %r; actual %d, expected %d" % (
                "many" if len(parameters) > len(self.__parameters__) else "few", self,
                len(parameters), len(self.__parameters__)))
        mapping = dict(zip(self.__parameters__, parameters))
        return self._copy_with(tuple(_substitute(a, mapping) for a in self.__args__))

    def __mro_entries__(self, bases):
        # A base written `Generic[T]`, `Protocol[T]` or `Box[int]` stands for its class (patch 0270).
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError("Cannot subclass %r" % (self,))
        if origin is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) and b is not self:
                    return ()
        if self._name and origin in bases:
            return ()
        return (origin,)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead" % (
                self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result


class _UnionGenericAlias(_GenericAlias):
    def _copy_with(self, args):
        return Union[args]

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return "typing.Optional[%s]" % _type_repr(args[1])
            if args[1] is _NoneType:
                return "typing.Optional[%s]" % _type_repr(args[0])
        return "typing.Union[%s]" % ", ".join(_type_repr(a) for a in args)

    def __subclasscheck__(self, cls):
        # isinstance(x, Optional[int]) (patch 0284): any of its members
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return "typing.Literal[%s]" % ", ".join(repr(a) for a in self.__args__)


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        _GenericAlias.__init__(self, origin, (origin,))
        self.__metadata__ = metadata

    def _copy_with(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)

    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (_type_repr(self.__origin__),
                                             ", ".join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


class _CallableGenericAlias(_GenericAlias):
    def _copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, self._name, self._inst)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and (args[0] is ... or isinstance(args[0], (ParamSpec, _GenericAlias))
                               and not isinstance(args[0], _CallableGenericAlias)
                               and (isinstance(args[0], ParamSpec)
                                    or getattr(args[0], "__origin__", None) is Concatenate)):
            return "typing.Callable[%s, %s]" % (_type_repr(args[0]), _type_repr(args[1]))
        return "typing.Callable[[%s], %s]" % (", ".join(_type_repr(a) for a in args[:-1]),
                                              _type_repr(args[-1]))


class _SpecialGenericAlias(_Orable):
    # List, Dict, Iterable...: subscripted to a _GenericAlias with `nparams` arguments. The origin is
    # named by module and attribute, imported when first asked (collections.abc is not loaded by
    # `import typing`).
    def __init__(self, module, attr, nparams, name, inst=True):
        self._module = module
        self._attr = attr
        self._nparams = nparams
        self._name = name
        self._inst = inst
        self._origin = None

    @property
    def __origin__(self):
        if self._origin is None:
            if self._module == "builtins":
                import builtins
                self._origin = getattr(builtins, self._attr)
            else:
                self._origin = getattr(__import__(self._module, None, None, [self._attr]), self._attr)
        return self._origin

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, parameters):
        parameters = tuple(_type_check(p) for p in _params(parameters))
        if self._nparams == 0:
            raise TypeError("%r is not a generic class" % self)
        if len(parameters) != self._nparams:
            raise TypeError("Too %s arguments for %r; actual %d, expected %d" % (
                "many" if len(parameters) > self._nparams else "few", self, len(parameters),
                self._nparams))
        return _GenericAlias(self.__origin__, parameters, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead" % (
                self._name, self._attr))
        return self.__origin__(*args, **kwargs)

    def __subclasscheck__(self, cls):
        # isinstance(x, typing.Iterable) / issubclass(C, typing.List) (patch 0284): the origin's
        return issubclass(cls, self.__origin__)


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, parameters):
        if parameters == ():
            return _GenericAlias(tuple, (), "Tuple", False)
        parameters = tuple(_type_check(p) for p in _params(parameters))
        return _GenericAlias(tuple, parameters, "Tuple", False)


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, parameters):
        if not isinstance(parameters, tuple) or len(parameters) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = parameters
        if isinstance(args, list):
            params = tuple(_type_check(a) for a in args) + (_type_check(result),)
        elif args is ... or isinstance(args, (ParamSpec, _GenericAlias)):
            params = (args, _type_check(result))
        else:
            raise TypeError("Callable[args, result]: args must be a list. Got %s" % _type_repr(args))
        return _CallableGenericAlias(self.__origin__, params, "Callable", True)


# ---- special forms ----

def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    flat = []
    for p in _params(parameters):
        p = _type_check(p)
        if isinstance(p, _UnionGenericAlias) or type(p).__name__ == "UnionType":
            flat.extend(p.__args__)
        else:
            flat.append(p)
    unique = []
    for p in flat:
        if p not in unique:
            unique.append(p)
    if len(unique) == 1:
        return unique[0]
    return _UnionGenericAlias(self, tuple(unique))


def _optional_getitem(self, parameters):
    if isinstance(parameters, tuple):
        raise TypeError("typing.Optional requires a single type. Got %r." % (parameters,))
    return Union[_type_check(parameters), _NoneType]


def _single_getitem(self, parameters):
    if isinstance(parameters, tuple) and len(parameters) != 1:
        raise TypeError("%r accepts only single type." % self)
    if isinstance(parameters, tuple):
        parameters = parameters[0]
    return _GenericAlias(self, (_type_check(parameters),))


def _literal_getitem(self, parameters):
    values = []
    for p in _params(parameters):
        if isinstance(p, _LiteralGenericAlias):
            values.extend(p.__args__)
        elif p not in values or type(p) is not type(values[values.index(p)]):
            values.append(p)
    return _LiteralGenericAlias(self, tuple(values))


def _annotated_getitem(self, parameters):
    if not isinstance(parameters, tuple) or len(parameters) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    origin = _type_check(parameters[0])
    metadata = tuple(parameters[1:])
    if isinstance(origin, _AnnotatedAlias):
        return _AnnotatedAlias(origin.__origin__, origin.__metadata__ + metadata)
    return _AnnotatedAlias(origin, metadata)


def _variadic_getitem(self, parameters):
    return _GenericAlias(self, tuple(_type_check(p) for p in _params(parameters)))


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
ClassVar = _SpecialForm("ClassVar", _single_getitem)
Final = _SpecialForm("Final", _single_getitem)
TypeGuard = _SpecialForm("TypeGuard", _single_getitem)
Required = _SpecialForm("Required", _single_getitem)
NotRequired = _SpecialForm("NotRequired", _single_getitem)
Unpack = _SpecialForm("Unpack", _single_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
Annotated = _SpecialForm("Annotated", _annotated_getitem)
Concatenate = _SpecialForm("Concatenate", _variadic_getitem)

_abc = "collections.abc"
List = _SpecialGenericAlias("builtins", "list", 1, "List", False)
Dict = _SpecialGenericAlias("builtins", "dict", 2, "Dict", False)
Set = _SpecialGenericAlias("builtins", "set", 1, "Set", False)
FrozenSet = _SpecialGenericAlias("builtins", "frozenset", 1, "FrozenSet", False)
Type = _SpecialGenericAlias("builtins", "type", 1, "Type", False)
Tuple = _TupleType("builtins", "tuple", -1, "Tuple", False)
Callable = _CallableType(_abc, "Callable", 2, "Callable")
Deque = _SpecialGenericAlias("collections", "deque", 1, "Deque")
DefaultDict = _SpecialGenericAlias("collections", "defaultdict", 2, "DefaultDict")
OrderedDict = _SpecialGenericAlias("collections", "OrderedDict", 2, "OrderedDict")
Counter = _SpecialGenericAlias("collections", "Counter", 1, "Counter")
ChainMap = _SpecialGenericAlias("collections", "ChainMap", 2, "ChainMap")
Awaitable = _SpecialGenericAlias(_abc, "Awaitable", 1, "Awaitable")
Coroutine = _SpecialGenericAlias(_abc, "Coroutine", 3, "Coroutine")
AsyncIterable = _SpecialGenericAlias(_abc, "AsyncIterable", 1, "AsyncIterable")
AsyncIterator = _SpecialGenericAlias(_abc, "AsyncIterator", 1, "AsyncIterator")
AsyncGenerator = _SpecialGenericAlias(_abc, "AsyncGenerator", 2, "AsyncGenerator")
Iterable = _SpecialGenericAlias(_abc, "Iterable", 1, "Iterable")
Iterator = _SpecialGenericAlias(_abc, "Iterator", 1, "Iterator")
Generator = _SpecialGenericAlias(_abc, "Generator", 3, "Generator")
Reversible = _SpecialGenericAlias(_abc, "Reversible", 1, "Reversible")
Sequence = _SpecialGenericAlias(_abc, "Sequence", 1, "Sequence")
MutableSequence = _SpecialGenericAlias(_abc, "MutableSequence", 1, "MutableSequence")
Mapping = _SpecialGenericAlias(_abc, "Mapping", 2, "Mapping")
MutableMapping = _SpecialGenericAlias(_abc, "MutableMapping", 2, "MutableMapping")
Collection = _SpecialGenericAlias(_abc, "Collection", 1, "Collection")
Container = _SpecialGenericAlias(_abc, "Container", 1, "Container")
AbstractSet = _SpecialGenericAlias(_abc, "Set", 1, "AbstractSet")
MutableSet = _SpecialGenericAlias(_abc, "MutableSet", 1, "MutableSet")
MappingView = _SpecialGenericAlias(_abc, "MappingView", 1, "MappingView")
KeysView = _SpecialGenericAlias(_abc, "KeysView", 1, "KeysView")
ItemsView = _SpecialGenericAlias(_abc, "ItemsView", 2, "ItemsView")
ValuesView = _SpecialGenericAlias(_abc, "ValuesView", 1, "ValuesView")
Hashable = _SpecialGenericAlias(_abc, "Hashable", 0, "Hashable")
Sized = _SpecialGenericAlias(_abc, "Sized", 0, "Sized")
ByteString = _SpecialGenericAlias(_abc, "ByteString", 0, "ByteString")
ContextManager = _SpecialGenericAlias("contextlib", "AbstractContextManager", 1, "ContextManager")
AsyncContextManager = _SpecialGenericAlias("contextlib", "AbstractAsyncContextManager", 1,
                                           "AsyncContextManager")
Pattern = _SpecialGenericAlias("re", "Pattern", 1, "Pattern")
Match = _SpecialGenericAlias("re", "Match", 1, "Match")

Text = str
TYPE_CHECKING = False


# ---- type variables ----

class TypeVar(_Orable):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = tuple(_type_check(c) for c in constraints)
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return "%s.args" % self.__origin__.__name__


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return "%s.kwargs" % self.__origin__.__name__


class ParamSpec(_Orable):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.args = ParamSpecArgs(self)
        self.kwargs = ParamSpecKwargs(self)

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


AnyStr = TypeVar("AnyStr", bytes, str)


# ---- Generic, Protocol ----

class Generic:
    # Generic[K, V] / Protocol[T] are aliases whose __mro_entries__ (patch 0270) put Generic /
    # Protocol among the bases; the class's __parameters__ come from its __orig_bases__. A generic
    # subclass subscripts to an alias that makes instances.
    def __class_getitem__(cls, params):
        params = tuple(_type_check(p) for p in _params(params))
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError("Parameter list to %s[...] cannot be empty" % cls.__qualname__)
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)):
                    raise TypeError("Parameters to %s[...] must all be type variables or parameter "
                                    "specification variables." % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError("Parameters to %s[...] must all be unique" % cls.__name__)
            return _GenericAlias(cls, params)
        expected = cls.__dict__.get("__parameters__", ())
        if not expected:
            raise TypeError("%s is not a generic class" % _type_repr_class(cls))
        if len(params) != len(expected) and not any(isinstance(p, TypeVarTuple) for p in expected):
            raise TypeError("Too %s arguments for %s; actual %d, expected %d" % (
                "many" if len(params) > len(expected) else "few", _type_repr_class(cls),
                len(params), len(expected)))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        own = cls.__dict__
        if "__orig_bases__" in own:
            error = Generic in own["__orig_bases__"]
        else:
            error = Generic in cls.__bases__ and cls.__name__ != "Protocol"
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        tvars = ()
        if "__orig_bases__" in own:
            tvars = _collect_parameters(own["__orig_bases__"])
            gvars = None
            for base in own["__orig_bases__"]:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    raise TypeError("Some type variables (%s) are not listed in Generic[%s]" % (
                        ", ".join(str(t) for t in missing), ", ".join(str(g) for g in gvars)))
                tvars = gvars
        cls.__parameters__ = tuple(tvars)
        cls._is_protocol = Protocol in cls.__bases__ if "Protocol" in globals() else False


def _type_repr_class(cls):
    return "<class '%s'>" % _type_repr(cls)


# Names a protocol's members never include (CPython's list of bookkeeping attributes).
_PROTOCOL_SPECIAL = frozenset(("__abstractmethods__", "__annotations__", "__weakref__", "_is_protocol",
                               "_is_runtime_protocol", "__dict__", "__args__", "__slots__",
                               "__next_in_mro__", "__parameters__", "__origin__", "__orig_bases__",
                               "__extra__", "__tree_hash__", "__doc__", "__subclasshook__", "__init__",
                               "__new__", "__module__", "_MutableMapping__marker", "_gorg",
                               "__qualname__", "__class_getitem__", "__init_subclass__"))


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        names = list(base.__dict__) + list(base.__dict__.get("__annotations__", {}))
        for name in names:
            if not name.startswith("_abc_") and name not in _PROTOCOL_SPECIAL:
                attrs.add(name)
    return attrs


class Protocol(Generic):
    # isinstance()/issubclass() with a @runtime_checkable protocol: the members are all there
    # (through the interpreter's __subclasshook__ call, patch 0121).
    @classmethod
    def __subclasshook__(cls, other):
        if not cls.__dict__.get("_is_protocol", False):
            return NotImplemented
        if not cls.__dict__.get("_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable "
                            "protocols")
        for name in _protocol_attrs(cls):
            if not hasattr(other, name):
                return NotImplemented
        return True


class SupportsInt(Protocol):
    _is_runtime_protocol = True

    def __int__(self):
        pass


class SupportsFloat(Protocol):
    _is_runtime_protocol = True

    def __float__(self):
        pass


class SupportsComplex(Protocol):
    _is_runtime_protocol = True

    def __complex__(self):
        pass


class SupportsBytes(Protocol):
    _is_runtime_protocol = True

    def __bytes__(self):
        pass


class SupportsIndex(Protocol):
    _is_runtime_protocol = True

    def __index__(self):
        pass


class SupportsAbs(Protocol):
    _is_runtime_protocol = True

    def __abs__(self):
        pass


class SupportsRound(Protocol):
    _is_runtime_protocol = True

    def __round__(self):
        pass


class IO(Generic[AnyStr]):
    pass


class TextIO(IO):
    pass


class BinaryIO(IO):
    pass


# ---- functions ----

class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition(".")[2]
        self.__supertype__ = tp
        self.__module__ = "__main__"

    def __repr__(self):
        return "%s.%s" % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    kind = type(tp).__name__
    if kind == "GenericAlias":
        return tp.__origin__
    if kind == "UnionType":
        return type(tp)
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args[0] is ... or isinstance(args[0], ParamSpec):
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias) or type(tp).__name__ in ("GenericAlias", "UnionType"):
        return tp.__args__
    return ()


def cast(typ, val):
    return val


def assert_type(val, typ):
    return val


def overload(func):
    return func


def get_overloads(func):
    return []


def clear_overloads():
    pass


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def runtime_checkable(cls):
    if not (isinstance(cls, type) and issubclass(cls, Generic) and cls.__dict__.get("_is_protocol")):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got %r" % (cls,))
    cls._is_runtime_protocol = True
    return cls


def dataclass_transform(**kwargs):
    return lambda cls_or_fn: cls_or_fn


def _hint_globals(obj):
    # The namespace a function's (or a class's methods') string annotations refer to.
    found = getattr(obj, "__globals__", None)
    if found is None and isinstance(obj, type):
        for value in obj.__dict__.values():
            found = getattr(value, "__globals__", None)
            if found is not None:
                break
    return found if found is not None else {}


def _hint(value, globalns, localns):
    # A string annotation (`"Node"`, or any under `from __future__ import annotations`) evaluated
    # as CPython does, also inside generic aliases (Optional["Node"]); None stands for NoneType.
    if isinstance(value, str):
        value = eval(value, globalns, localns)
    if isinstance(value, ForwardRef):
        value = eval(value.__forward_arg__, globalns, localns)
    if isinstance(value, _GenericAlias) and not isinstance(value, _LiteralGenericAlias):
        args = tuple(_hint(a, globalns, localns) for a in value.__args__)
        if args != value.__args__:
            value = value._copy_with(args)
    return _NoneType if value is None else value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            own = base.__dict__.get("__annotations__", {})
            base_globals = globalns if globalns is not None else _hint_globals(base)
            base_locals = localns if localns is not None else dict(base.__dict__)
            for name, value in own.items():
                hints[name] = _hint(value, base_globals, base_locals)
        return hints
    own_globals = globalns if globalns is not None else _hint_globals(obj)
    for name, value in dict(getattr(obj, "__annotations__", {})).items():
        hints[name] = _hint(value, own_globals, localns)
    return hints


def is_typeddict(tp):
    return isinstance(tp, type) and isinstance(tp, _TypedDictMeta) and tp is not TypedDict


def assert_never(arg):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError("Expected code to be unreachable, but got: %s" % value)


def reveal_type(obj):
    import sys
    print("Runtime type is %r" % (type(obj).__name__,), file=sys.stderr)
    return obj


class NamedTupleMeta(type):
    """`class Point(NamedTuple)` with annotated fields (and defaults) makes a collections.namedtuple
    carrying the body's methods and docstring; `NamedTuple("Point", [("x", int)])` the same."""

    def __new__(mcls, typename, bases, namespace):
        if namespace.get("_root", False):
            return super().__new__(mcls, typename, bases, namespace)
        annotations = dict(namespace.get("__annotations__", {}))
        fields = list(annotations)
        defaults = []
        for name in fields:
            if name in namespace:
                defaults.append(namespace[name])
            elif defaults:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (name, "s" if len(defaults) > 1 else "",
                                   ", ".join(f for f in fields if f in namespace)))
        from collections import namedtuple
        cls = namedtuple(typename, fields, defaults=defaults, module=namespace.get("__module__"))
        cls.__annotations__ = annotations
        for key, value in namespace.items():
            if key in _NAMEDTUPLE_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NAMEDTUPLE_SPECIAL and key not in fields:
                setattr(cls, key, value)
        return cls

    def __call__(cls, typename, fields=None, **kwargs):
        if fields is None:
            fields = kwargs.items()
        namespace = {"__annotations__": dict(fields), "__module__": "__main__"}
        return NamedTupleMeta.__new__(NamedTupleMeta, typename, (), namespace)


_NAMEDTUPLE_PROHIBITED = frozenset(("__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                                    "_field_defaults", "_make", "_replace", "_asdict", "_source"))
_NAMEDTUPLE_SPECIAL = frozenset(("__module__", "__name__", "__annotations__", "__qualname__"))


class NamedTuple(metaclass=NamedTupleMeta):
    _root = True




class _TypedDictMeta(type):
    """`class Movie(TypedDict): title: str` makes a class whose calls return plain dicts (CPython's
    TypedDict: a dict subclass never instantiated); `TypedDict("Movie", {"title": str})` the same.
    This interpreter gives class keywords (`total=False`) to __init_subclass__ only, not to the
    metaclass: TypedDict's __init_subclass__ takes it."""

    def __new__(mcls, name, bases, namespace, total=True):
        if namespace.get("_root", False):
            return super().__new__(mcls, name, bases, namespace)
        body = {key: value for key, value in namespace.items() if key != "__annotations__"}
        cls = super().__new__(mcls, name, (dict,), body)
        cls._typeddict_bases = tuple(bases)
        cls._typeddict_own = dict(namespace.get("__annotations__", {}))
        _typeddict_keys(cls, total)
        return cls

    def __init__(cls, *args, **kwargs):
        pass

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _typeddict_functional(*args, **kwargs)
        return dict(*args, **kwargs)


def _typeddict_keys(cls, total):
    annotations = {}
    required = set()
    optional = set()
    for base in cls._typeddict_bases:
        annotations.update(base.__dict__.get("__annotations__", {}))
        required.update(base.__dict__.get("__required_keys__", ()))
        optional.update(base.__dict__.get("__optional_keys__", ()))
    own = cls._typeddict_own
    annotations.update(own)
    for key, tp in own.items():
        text = tp if isinstance(tp, str) else repr(tp)
        if text.startswith("Required[") or text.startswith("typing.Required["):
            required.add(key)
        elif text.startswith("NotRequired[") or text.startswith("typing.NotRequired["):
            optional.add(key)
        elif total:
            required.add(key)
        else:
            optional.add(key)
    cls.__annotations__ = annotations
    cls.__required_keys__ = frozenset(required)
    cls.__optional_keys__ = frozenset(optional)
    cls.__total__ = bool(total)


def _typeddict_functional(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    namespace = {"__annotations__": dict(fields), "__module__": "__main__", "__qualname__": typename}
    return _TypedDictMeta.__new__(_TypedDictMeta, typename, (), namespace, total=total)


class TypedDict(metaclass=_TypedDictMeta):
    _root = True

    def __init_subclass__(cls, total=True, **kwargs):
        if not total and "_typeddict_own" in cls.__dict__:
            _typeddict_keys(cls, total)
