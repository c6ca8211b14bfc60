# typing for Loopscope's MicroPython: every name scripts import exists; annotations are not checked
# (as in CPython at run time). Generic aliases subscript to themselves: List[int] is List.


class _Any:
    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        return self

    def __call__(self, *args, **kwargs):
        # NewType("Name", base)(x) and cast-like uses return the value unchanged
        return args[-1] if args else None

    def __or__(self, other):
        return self

    def __ror__(self, other):
        return self

    def __repr__(self):
        return "typing." + self._name


Any = _Any("Any")
Union = _Any("Union")
Optional = _Any("Optional")
List = _Any("List")
Dict = _Any("Dict")
Set = _Any("Set")
FrozenSet = _Any("FrozenSet")
Tuple = _Any("Tuple")
Type = _Any("Type")
Callable = _Any("Callable")
Awaitable = _Any("Awaitable")
Coroutine = _Any("Coroutine")
AsyncIterator = _Any("AsyncIterator")
AsyncIterable = _Any("AsyncIterable")
AsyncGenerator = _Any("AsyncGenerator")
Iterator = _Any("Iterator")
Iterable = _Any("Iterable")
Generator = _Any("Generator")
Sequence = _Any("Sequence")
MutableSequence = _Any("MutableSequence")
Mapping = _Any("Mapping")
MutableMapping = _Any("MutableMapping")
Collection = _Any("Collection")
Container = _Any("Container")
Hashable = _Any("Hashable")
Sized = _Any("Sized")
AbstractSet = _Any("AbstractSet")
Deque = _Any("Deque")
DefaultDict = _Any("DefaultDict")
OrderedDict = _Any("OrderedDict")
Counter = _Any("Counter")
ChainMap = _Any("ChainMap")
ContextManager = _Any("ContextManager")
AsyncContextManager = _Any("AsyncContextManager")
Literal = _Any("Literal")
Final = _Any("Final")
ClassVar = _Any("ClassVar")
Annotated = _Any("Annotated")
NoReturn = _Any("NoReturn")
Never = _Any("Never")
Self = _Any("Self")
LiteralString = _Any("LiteralString")
TypeAlias = _Any("TypeAlias")
Concatenate = _Any("Concatenate")
TypeGuard = _Any("TypeGuard")
Text = str
AnyStr = _Any("AnyStr")
Pattern = _Any("Pattern")
Match = _Any("Match")
IO = _Any("IO")
TextIO = _Any("TextIO")
BinaryIO = _Any("BinaryIO")

TYPE_CHECKING = False


class _GenericBase:
    pass


class _GenericSubscript(_Any):
    # MicroPython classes cannot be subscripted: Generic[T] is a plain base class
    def __getitem__(self, params):
        return _GenericBase


Generic = _GenericSubscript("Generic")


class Protocol:
    pass


def TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False):
    return _Any(name)


def ParamSpec(name, *, bound=None, covariant=False, contravariant=False):
    return _Any(name)


def TypeVarTuple(name):
    return _Any(name)


def NewType(name, tp):
    def new_type(x):
        return x
    return new_type


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    return cls


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    return dict(getattr(obj, "__annotations__", {}))


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable")


def reveal_type(obj):
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


def TypedDict(typename, fields=None, total=True, **kwargs):
    return dict
