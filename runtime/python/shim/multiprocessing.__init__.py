# multiprocessing for Loopscope: processes as threads of the one interpreter, each with its own pid
# and its own copy of the script's globals (see multiprocessing.process and
# multiprocessing.reduction for exactly what a process gets and shares). The start method is
# Linux's, fork: `if __name__ == '__main__':` is not needed, a child sees the globals as they were
# when it started, and module-level code does not run again. Processes take turns on one GIL, so
# CPU-bound work is not faster with more of them; the first process started says so on stderr.
import os as _os
import threading as _threading

from multiprocessing.process import (BaseProcess, Process, ForkProcess, current_process, active_children,
                                     parent_process)
from multiprocessing.queues import Queue, SimpleQueue, JoinableQueue
from multiprocessing.reduction import PicklingError

__all__ = ["Process", "current_process", "active_children", "parent_process", "cpu_count", "Pool", "Queue",
           "SimpleQueue", "JoinableQueue", "Lock", "RLock", "Event", "Condition", "Semaphore",
           "BoundedSemaphore", "Barrier", "Value", "Array", "Manager", "get_start_method", "set_start_method",
           "get_context", "freeze_support", "ProcessError", "BufferTooShort", "TimeoutError",
           "AuthenticationError"]


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


# Every process is in the one interpreter, so threading's primitives already work between them.
Lock = _threading.Lock
RLock = _threading.RLock
Event = _threading.Event
Condition = _threading.Condition
Semaphore = _threading.Semaphore
BoundedSemaphore = _threading.BoundedSemaphore
Barrier = _threading.Barrier


def cpu_count():
    return _os.cpu_count()


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    from multiprocessing.pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)


def freeze_support():
    pass


def get_start_method(allow_none=False):
    return "fork"


def get_all_start_methods():
    return ["fork"]


def set_start_method(method, force=False):
    if method not in ("fork", None):
        raise ValueError("cannot find context for %r (Loopscope starts processes as fork does)" % method)


class _Context:
    Process = ForkProcess

    def __init__(self):
        for name in __all__:
            if name != "Process":
                setattr(self, name, globals()[name])

    def get_start_method(self, allow_none=False):
        return "fork"


def get_context(method=None):
    set_start_method(method)
    return _context


# Shared memory: one object every process sees (they share the interpreter), with CPython's lock.
_TYPECODES = {"b": int, "B": int, "h": int, "H": int, "i": int, "I": int, "l": int, "L": int, "q": int, "Q": int,
              "f": float, "d": float, "c": bytes, "u": str}


def _zero(typecode_or_type):
    kind = _TYPECODES.get(typecode_or_type, typecode_or_type)
    if kind is float:
        return 0.0
    if kind is bytes:
        return b"\x00"
    if kind is str:
        return "\x00"
    return 0


class _Synchronized:
    _lsp_shared = True

    def __init__(self, typecode_or_type, value, lock):
        self._typecode = typecode_or_type
        self._value = value
        self._lock = RLock() if lock is True or lock is None else lock

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self._value

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, value):
        self._value = value

    def __repr__(self):
        return "<Synchronized wrapper for c_%s(%r)>" % ({"i": "int", "d": "double", "f": "float"}.get(
            self._typecode, str(self._typecode)), self._value)


def Value(typecode_or_type, *args, lock=True):
    return _Synchronized(typecode_or_type, args[0] if args else _zero(typecode_or_type), lock)


class _SynchronizedArray(_Synchronized):
    def __len__(self):
        return len(self._value)

    def __getitem__(self, i):
        return self._value[i]

    def __setitem__(self, i, value):
        self._value[i] = value

    def __iter__(self):
        return iter(self._value)

    def __repr__(self):
        return "<SynchronizedArray wrapper for %r>" % (self._value,)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    if isinstance(size_or_initializer, int):
        values = [_zero(typecode_or_type)] * size_or_initializer
    else:
        values = list(size_or_initializer)
    return _SynchronizedArray(typecode_or_type, values, lock)


class _ListProxy(list):
    _lsp_shared = True


class _DictProxy(dict):
    _lsp_shared = True


class _Namespace:
    _lsp_shared = True

    def __repr__(self):
        items = ["%s=%r" % (k, v) for k, v in self.__dict__.items() if not k.startswith("_")]
        return "Namespace(%s)" % ", ".join(items)


class SyncManager:
    # Manager(): its objects are shared directly (CPython proxies them to a server process).
    def start(self):
        pass

    def shutdown(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.shutdown()

    def list(self, sequence=()):
        return _ListProxy(sequence)

    def dict(self, *args, **kwargs):
        return _DictProxy(*args, **kwargs)

    def Namespace(self):
        return _Namespace()

    def Queue(self, maxsize=0):
        return Queue(maxsize)

    def JoinableQueue(self, maxsize=0):
        return JoinableQueue(maxsize)

    def Value(self, typecode, value, lock=True):
        return Value(typecode, value, lock=lock)

    def Array(self, typecode, sequence, lock=True):
        return Array(typecode, sequence, lock=lock)

    Lock = staticmethod(Lock)
    RLock = staticmethod(RLock)
    Event = staticmethod(Event)
    Condition = staticmethod(Condition)
    Semaphore = staticmethod(Semaphore)
    BoundedSemaphore = staticmethod(BoundedSemaphore)
    Barrier = staticmethod(Barrier)


def Manager():
    return SyncManager()


_context = _Context()
