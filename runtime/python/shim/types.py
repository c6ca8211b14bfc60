# types for Loopscope's MicroPython: SimpleNamespace (CPython's repr and ==), the type objects this
# interpreter has (FunctionType, GeneratorType, AsyncGeneratorType, MethodType, ModuleType, ...),
# MappingProxyType (a read-only view), new_class/prepare_class without metaclasses, and coroutine().
# CoroutineType is the interpreter's own coroutine type (patch 0120), apart from GeneratorType.

import sys as _sys

__all__ = ["SimpleNamespace", "FunctionType", "LambdaType", "GeneratorType", "CoroutineType",
           "AsyncGeneratorType", "MethodType", "BuiltinFunctionType", "BuiltinMethodType",
           "ModuleType", "MappingProxyType", "NoneType", "EllipsisType", "NotImplementedType",
           "new_class", "prepare_class", "resolve_bases", "coroutine", "DynamicClassAttribute"]


def _f():
    pass


def _g():
    yield 1


async def _c():
    pass


async def _ag():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
GeneratorType = type(_g())
_coro = _c()
CoroutineType = type(_coro)
_coro.close()
_agen = _ag()
AsyncGeneratorType = type(_agen)
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
del _f, _g, _c, _ag, _C, _coro, _agen


class SimpleNamespace:
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        items = ("%s=%r" % (k, v) for k, v in self.__dict__.items())
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        return "%s(%s)" % (name, ", ".join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result


class MappingProxyType:
    def __init__(self, mapping):
        if not hasattr(mapping, "keys") or not hasattr(mapping, "__getitem__"):
            raise TypeError("mappingproxy() argument must be a mapping, not %s" % type(mapping).__name__)
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")


def resolve_bases(bases):
    return tuple(bases)


def prepare_class(name, bases=(), kwds=None):
    kwds = dict(kwds) if kwds is not None else {}
    meta = kwds.pop("metaclass", type(bases[0]) if bases else type)
    return meta, {}, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    meta, ns, kwds = prepare_class(name, bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    ns.setdefault("__qualname__", name)
    return meta(name, tuple(bases), ns)


def coroutine(func):
    # A generator function's generators become awaitable: the `_is_coroutine` mark stands for
    # CPython's CO_ITERABLE_COROUTINE code flag (port/asyncgen.c reads it).
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    if type(func) is type(_gen_function):  # a generator function (not an async def, not a plain def)
        if getattr(func, "_is_coroutine", None) is None:
            func._is_coroutine = True
        return func
    return func


def _gen_function():
    yield


class DynamicClassAttribute(property):
    pass
