# asyncio as CPython 3.7 ran it: what a run with EngineOptions::asyncio_version = 37
# (`loopscope run --asyncio 3.7`, the playground's "asyncio of Python 3.7") imports as `asyncio`.
# The engine imports this module before the script and puts it in sys.modules["asyncio"]
# (asyncio/legacy.c), so `import asyncio` finds it instead of the built-in module.
#
# It is the built-in (3.11) module's namespace plus what 3.8-3.11 removed:
#   - @asyncio.coroutine: generator-based coroutines driven with `yield from` (3.7's
#     asyncio.coroutines.coroutine; a generator is a coroutine for tasks here);
#   - asyncio.wait() of bare coroutines (wrapped into tasks, as 3.7's wait did);
#   - the `loop=` argument of sleep, wait_for, wait, as_completed, gather, shield, ensure_future,
#     open_connection, start_server and of Queue, Lock, Event, Condition, Semaphore (accepted and
#     ignored: the objects belong to the running loop, which is the loop scripts pass);
# minus what 3.7 did not have yet (to_thread, TaskGroup, timeout, Runner, Barrier, ...).
# CPython 3.7 printed no DeprecationWarning for any of these (they came with 3.8).
import sys
import asyncio as _native

# Names 3.8-3.11 added: a 3.7 script that uses one fails as it did on 3.7.
_NOT_IN_37 = (
    "to_thread", "TaskGroup", "timeout", "timeout_at", "Timeout", "Runner", "Barrier",
    "BrokenBarrierError", "exceptions",
)

_globals = globals()
for _name in dir(_native):
    if not _name.startswith("__") and _name not in _NOT_IN_37:
        _globals[_name] = getattr(_native, _name)
__name__ = "asyncio"


def _is_coroutine_function(func):
    return getattr(func, "_is_coroutine", None) is _is_coroutine


_is_coroutine = object()  # 3.7's coroutines._is_coroutine marker


def _a_generator_function():
    yield


_generator_function = type(_a_generator_function)


def coroutine(func):
    """Decorator to mark coroutines (3.7: generator functions stay as they are)."""
    if _is_coroutine_function(func):
        return func
    if type(func) is _generator_function:  # its generators are coroutines `await` takes
        func._is_coroutine = _is_coroutine
        return func

    def coro(*args, **kw):
        res = func(*args, **kw)
        if isfuture(res) or iscoroutine(res):
            res = yield from res
        return res

    coro.__name__ = getattr(func, "__name__", "coro")
    coro.__qualname__ = getattr(func, "__qualname__", coro.__name__)
    coro.__doc__ = getattr(func, "__doc__", None)
    coro._is_coroutine = _is_coroutine
    return coro


def iscoroutinefunction(func):
    return _is_coroutine_function(func) or _native.iscoroutinefunction(func)


def _tasks_of(fs):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError("expect a list of futures, not %s" % type(fs).__name__)
    tasks = []
    seen = set()
    for f in fs:
        if f not in seen:
            seen.add(f)
            tasks.append(ensure_future(f))
    return tasks


async def wait(fs, *, loop=None, timeout=None, return_when=_native.ALL_COMPLETED):
    """3.7's wait: coroutines among `fs` are wrapped into tasks."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError("expect a list of futures, not %s" % type(fs).__name__)
    if not fs:
        raise ValueError("Set of coroutines/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError("Invalid return_when value: {}".format(return_when))
    return await _native.wait(_tasks_of(fs), timeout=timeout, return_when=return_when)


def as_completed(fs, *, loop=None, timeout=None):
    return _native.as_completed(_tasks_of(fs), timeout=timeout)


def sleep(delay, result=None, *, loop=None):
    return _native.sleep(delay, result)


def wait_for(fut, timeout, *, loop=None):
    return _native.wait_for(fut, timeout)


def gather(*coros_or_futures, loop=None, return_exceptions=False):
    return _native.gather(*coros_or_futures, return_exceptions=return_exceptions)


def shield(arg, *, loop=None):
    return _native.shield(arg)


def ensure_future(coro_or_future, *, loop=None):
    return _native.ensure_future(coro_or_future)


def open_connection(host=None, port=None, *, loop=None, **kwds):
    return _native.open_connection(host, port, **kwds)


def start_server(client_connected_cb, host=None, port=None, *, loop=None, **kwds):
    return _native.start_server(client_connected_cb, host, port, **kwds)


class Queue(_native.Queue):
    def __init__(self, maxsize=0, *, loop=None):
        super().__init__(maxsize)


class PriorityQueue(_native.PriorityQueue):
    def __init__(self, maxsize=0, *, loop=None):
        super().__init__(maxsize)


class LifoQueue(_native.LifoQueue):
    def __init__(self, maxsize=0, *, loop=None):
        super().__init__(maxsize)


class Lock(_native.Lock):
    def __init__(self, *, loop=None):
        super().__init__()


class Event(_native.Event):
    def __init__(self, *, loop=None):
        super().__init__()


class Condition(_native.Condition):
    def __init__(self, lock=None, *, loop=None):
        super().__init__(lock)


class Semaphore(_native.Semaphore):
    def __init__(self, value=1, *, loop=None):
        super().__init__(value)


class BoundedSemaphore(_native.BoundedSemaphore):
    def __init__(self, value=1, *, loop=None):
        super().__init__(value)


__all__ = [n for n in _globals if not n.startswith("_") and n != "sys"]
