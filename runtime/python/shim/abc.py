# abc for Loopscope's MicroPython: ABCMeta, ABC, abstractmethod, with CPython 3.11's rules.
#
# ABCMeta is a real metaclass (patch 0206): at class creation it computes __abstractmethods__ (the
# names whose value is still marked by @abstractmethod), and its __call__ refuses to instantiate a
# class that has some (CPython's TypeError "Can't instantiate abstract class Shape with abstract
# method area"). register() records virtual subclasses; isinstance()/issubclass() reach them through
# __subclasshook__ (patch 0121: asked when there is no real inheritance), which looks in the class's
# registry and in those of its subclasses (numbers: int registered as Integral is a Number).
# A class that defines its own __subclasshook__ (collections.abc's) is asked only that.

__all__ = ["ABCMeta", "ABC", "abstractmethod", "abstractclassmethod", "abstractstaticmethod",
           "abstractproperty", "get_cache_token", "update_abstractmethods"]


# Functions marked abstract, by "module:qualname": a property, classmethod or staticmethod wrapping
# one shows neither the function nor its mark here, so the class body's wrapper is matched by the
# name the function had (Shape.area).
_marked = set()


def abstractmethod(funcobj):
    try:
        funcobj.__isabstractmethod__ = True
    except (AttributeError, TypeError):
        pass  # a native callable takes no attributes: it stays concrete
    try:
        _marked.add("%s:%s" % (funcobj.__module__, funcobj.__qualname__))
    except AttributeError:
        pass
    return funcobj


def _is_abstract(value, module, qualname):
    # `value` is the class body's `qualname` (Class.name) in `module`.
    try:
        if getattr(value, "__isabstractmethod__", False) is True:
            return True
    except Exception:
        return False
    if isinstance(value, (property, classmethod, staticmethod)):
        return "%s:%s" % (module, qualname) in _marked
    return False


def _compute_abstracts(cls, namespace, bases):
    module = namespace.get("__module__", getattr(cls, "__module__", "__main__"))
    prefix = namespace.get("__qualname__", cls.__name__) + "."
    abstracts = set()
    for name, value in namespace.items():
        if _is_abstract(value, module, prefix + name):
            abstracts.add(name)
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            if name in abstracts or name in namespace:
                continue
            # Still abstract unless a class between cls and the base that declared it defines it.
            for klass in getattr(cls, "__mro__", (cls,) + tuple(bases))[1:]:
                if name in klass.__dict__:
                    if name in getattr(klass, "__abstractmethods__", ()):
                        abstracts.add(name)
                    break
    return frozenset(abstracts)


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace, bases)
        cls._abc_registry = []
        cls._abc_subclasses = []
        for base in bases:
            subclasses = base.__dict__.get("_abc_subclasses") if isinstance(base, type) else None
            if subclasses is not None:
                subclasses.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s" % (
                cls.__name__, "s" if len(names) > 1 else "", ", ".join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if subclass not in cls._abc_registry:
            cls._abc_registry.append(subclass)
        return subclass

    def __subclasshook__(cls, C):
        return True if _registered(cls, C, 0) else NotImplemented

    def _dump_registry(cls, file=None):
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)
        print("Inv. counter: 0", file=file)
        print("_abc_registry: %r" % (cls._abc_registry,), file=file)


def _registered(cls, C, depth):
    # C is a virtual subclass of cls: registered with it (or a subclass of one registered), or
    # with one of cls's subclasses.
    if depth > 50:
        return False
    for k in cls.__dict__.get("_abc_registry", ()):
        if C is k or issubclass(C, k):
            return True
    for sub in cls.__dict__.get("_abc_subclasses", ()):
        if C is sub or _registered(sub, C, depth + 1):
            return True
    return False


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def get_cache_token():
    return 0


def update_abstractmethods(cls):
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls, dict(cls.__dict__), cls.__bases__)
    return cls


def abstractclassmethod(callable):
    return classmethod(abstractmethod(callable))


def abstractstaticmethod(callable):
    return staticmethod(abstractmethod(callable))


abstractproperty = property
