# multiprocessing.reduction for Loopscope: how objects cross from one process to another when every
# process is a thread of one interpreter.
#
# ForkCopier: what a process started with fork gets of its parent. A copy of the parent's `__main__`
# globals (the script's own state) in which the script's functions and classes are re-made to run
# with the copy (`_lsprocess.rebind`), lists/dicts/sets/tuples and instances of the script's classes
# are copied, and everything else is shared: modules, library objects (threading primitives,
# queues, pools), native objects.
#
# PickleCopier: what pickling does to arguments and results (Pool, ProcessPoolExecutor, Queue): values
# are copied, the script's functions and classes travel by name and are looked up in the receiving
# process's globals, and what pickle refuses (a lambda, a local function, a generator, a lock) raises
# pickle's error.
import _lsprocess

__all__ = ["PicklingError", "ForkCopier", "PickleCopier"]

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, range, slice, type(Ellipsis),
           type(NotImplemented), type(print))
_UNPICKLABLE = ("generator", "coroutine", "lock", "module", "async_generator")


class _Probe:
    def method(self):
        pass


_MethodType = type(_Probe().method)  # a bound method's type (named `method`, patch 0330)


class PicklingError(Exception):
    pass


def _is_script_class(cls, g):
    return isinstance(cls, type) and getattr(cls, "__module__", None) == "__main__" and g.get(cls.__name__) is not None


def _is_enum(cls):
    import sys
    enum = sys.modules.get("enum")
    return enum is not None and issubclass(cls, enum.Enum)


class _Copier:
    def __init__(self, source, target):
        self.source = source
        self.target = target
        self.memo = {}
        self.keep = []  # originals stay alive while the copy runs, so their ids stay unique

    def _remember(self, obj, new):
        self.memo[id(obj)] = new
        self.keep.append(obj)
        return new

    def _containers(self, obj, cls):
        if cls is list:
            new = self._remember(obj, [])
            for x in obj:
                new.append(self(x))
            return new
        if cls is dict:
            new = self._remember(obj, {})
            for k, v in obj.items():
                new[self(k)] = self(v)
            return new
        if cls is tuple:
            return self._remember(obj, tuple([self(x) for x in obj]))
        if cls is set:
            new = self._remember(obj, set())
            for x in obj:
                new.add(self(x))
            return new
        if cls is frozenset:
            return self._remember(obj, frozenset([self(x) for x in obj]))
        if cls is bytearray:
            return self._remember(obj, bytearray(obj))
        return None

    def instance(self, obj):
        return self._instance(obj, type(obj))

    def _instance(self, obj, cls):
        new_cls = self(cls)
        try:
            if isinstance(obj, BaseException):
                new = new_cls(*self(obj.args))
            else:
                new = object.__new__(new_cls)
        except TypeError:
            return self._remember(obj, obj)
        self._remember(obj, new)
        for key, value in obj.__dict__.items():
            object.__setattr__(new, key, self(value))
        return new


class ForkCopier(_Copier):
    def __call__(self, obj):
        if isinstance(obj, _ATOMIC):
            return obj
        found = self.memo.get(id(obj))
        if found is not None:
            return found
        cls = type(obj)
        new = self._containers(obj, cls)
        if new is not None:
            return new
        if isinstance(obj, type):
            return self._class(obj)
        new = _lsprocess.rebind(obj, self.source, self.target, self)
        if new is not obj:
            return self._remember(obj, new)
        if getattr(cls, "_lsp_shared", False) or not hasattr(obj, "__dict__"):
            return obj
        if _is_script_class(cls, self.source) or isinstance(obj, BaseException):
            return self._instance(obj, cls)
        return obj  # a library object: shared

    def _class(self, cls):
        if not _is_script_class(cls, self.source) or _is_enum(cls):
            return cls
        self._remember(cls, cls)  # a reference to the class from inside its own body stays as it is
        namespace = {}
        for key, value in cls.__dict__.items():
            namespace[key] = self(value)
        try:
            new = type(cls.__name__, tuple([self(b) for b in cls.__bases__]), namespace)
        except TypeError:
            return cls
        self.memo[id(cls)] = new
        return new


class PickleCopier(_Copier):
    # source/target: the globals of the sending and the receiving process.
    def __call__(self, obj):
        if isinstance(obj, _ATOMIC):
            return obj
        found = self.memo.get(id(obj))
        if found is not None:
            return found
        cls = type(obj)
        new = self._containers(obj, cls)
        if new is not None:
            return new
        g = _lsprocess.globals_of(obj)
        if g is not None:
            if g is not self.source:
                return obj  # a library function: pickled by reference to its (shared) module
            return self._remember(obj, self._by_name(obj))
        if isinstance(obj, type):
            if _is_script_class(obj, self.source):
                return self._remember(obj, self._by_name(obj))
            return obj
        if getattr(cls, "_lsp_shared", False):
            return obj
        name = cls.__name__
        if cls is _MethodType:
            return getattr(self(obj.__self__), obj.__name__)
        if name in _UNPICKLABLE:
            raise TypeError("cannot pickle '%s' object" % ("_thread.lock" if name == "lock" else name))
        if hasattr(obj, "__dict__") and (_is_script_class(cls, self.source) or isinstance(obj, BaseException)
                                         or getattr(cls, "__module__", None) != "__main__"):
            return self._instance(obj, cls)
        return obj

    def _by_name(self, obj):
        name = obj.__name__
        if self.source.get(name) is not obj:
            if name == "<lambda>" or name not in self.source:
                raise PicklingError("Can't pickle %r: attribute lookup %s on __main__ failed" % (obj, name))
            raise PicklingError("Can't pickle %r: it's not the same object as __main__.%s" % (obj, name))
        try:
            return self.target[name]
        except KeyError:
            raise AttributeError("Can't get attribute '%s' on <module '__main__'>" % name)


def copy_between(obj, source, target):
    return PickleCopier(source, target)(obj)
