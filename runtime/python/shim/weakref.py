# weakref for Loopscope's MicroPython: CPython 3.11's names over an interpreter without weak
# references. An approximation: a reference keeps its object alive (MicroPython's collector has no
# weak pointers), so a ref never goes dead, WeakValueDictionary/WeakKeyDictionary/WeakSet never lose
# entries, ref callbacks never run and a finalize() runs only when called (not at collection, not at
# the end of the run). Code that uses weak references as a cache or a registry runs unchanged; code
# that waits for an object to disappear never sees it happen.

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet", "WeakMethod",
           "finalize"]


class ReferenceType:
    def __init__(self, obj, callback=None):
        self._obj = obj
        self.__callback__ = callback

    def __call__(self):
        return self._obj

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._obj == other._obj

    def __hash__(self):
        return hash(self._obj)

    def __repr__(self):
        obj = self._obj
        return "<weakref at 0x%x; to '%s' at 0x%x>" % (id(self), type(obj).__name__, id(obj))


ref = ReferenceType


class WeakMethod(ReferenceType):
    def __init__(self, meth, callback=None):
        if not hasattr(meth, "__self__") or not hasattr(meth, "__func__"):
            raise TypeError("argument should be a bound method, not %s" % type(meth).__name__)
        ReferenceType.__init__(self, meth, callback)


class ProxyType:
    # Attribute reads go to the object; attribute writes stay on the proxy (MicroPython calls no
    # __setattr__ that could forward them without recursion).
    def __init__(self, obj, callback=None):
        self._obj = obj

    def __getattr__(self, name):
        return getattr(self._obj, name)

    def __repr__(self):
        obj = self._obj
        return "<weakproxy at 0x%x; to '%s' at 0x%x>" % (id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(self._obj)


class CallableProxyType(ProxyType):
    def __call__(self, *args, **kwargs):
        return self._obj(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    return CallableProxyType(obj, callback) if callable(obj) else ProxyType(obj, callback)


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


class WeakValueDictionary(dict):
    def __repr__(self):
        return "<WeakValueDictionary at 0x%x>" % id(self)

    def valuerefs(self):
        return [ref(v) for v in self.values()]

    def itervaluerefs(self):
        return iter(self.valuerefs())


class WeakKeyDictionary(dict):
    def __repr__(self):
        return "<WeakKeyDictionary at 0x%x>" % id(self)

    def keyrefs(self):
        return [ref(k) for k in self.keys()]


class WeakSet(set):
    def __repr__(self):
        return "<_weakrefset.WeakSet object at 0x%x>" % id(self)


class finalize:
    # finalize(obj, func, *args, **kwargs): calling it (or detach()) works as in CPython; the object
    # is never collected while referenced here, so func runs only when called.
    _registry = []

    def __init__(self, obj, func, *args, **kwargs):
        self._info = (obj, func, args, kwargs)
        self.atexit = True
        finalize._registry.append(self)

    @property
    def alive(self):
        return self._info is not None

    def __call__(self, _=None):
        info = self._info
        if info is None:
            return None
        self._info = None
        obj, func, args, kwargs = info
        return func(*args, **kwargs)

    def detach(self):
        info = self._info
        if info is None:
            return None
        self._info = None
        obj, func, args, kwargs = info
        return obj, func, args, kwargs

    def peek(self):
        info = self._info
        return None if info is None else (info[0], info[1], info[2], info[3])

    def __repr__(self):
        info = self._info
        if info is None:
            return "<finalize object at 0x%x; dead>" % id(self)
        return "<finalize object at 0x%x; for '%s' at 0x%x>" % (id(self), type(info[0]).__name__, id(info[0]))
