# tracemalloc for Loopscope's MicroPython: start, stop, is_tracing, get_traced_memory,
# reset_peak, clear_traces, get_traceback_limit and get_tracemalloc_memory, so scripts that turn it
# on (asyncio's "Enable tracemalloc" advice) run. What is measured differs from CPython's, which
# hooks every allocation: here get_traced_memory() gives how much the interpreter's heap grew since
# start() (objects not yet collected included), read when it is called; the peak is the largest
# such reading so far, not every allocation's. Snapshots of allocation sites are not available.

__all__ = [
    "start", "stop", "is_tracing", "get_traced_memory", "reset_peak", "clear_traces",
    "get_traceback_limit", "get_tracemalloc_memory", "take_snapshot", "get_object_traceback",
]

import gc

_tracing = False
_base = 0
_peak = 0
_limit = 1


def start(nframe=1):
    global _tracing, _base, _peak, _limit
    if not isinstance(nframe, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(nframe).__name__)
    if nframe < 1 or nframe > 65535:
        raise ValueError("the number of frames must be in range [1; 65535]")
    _limit = nframe
    if not _tracing:
        _tracing = True
        _base = gc.mem_alloc()
        _peak = 0


def stop():
    global _tracing, _base, _peak
    _tracing = False
    _base = 0
    _peak = 0


def is_tracing():
    return _tracing


def get_traceback_limit():
    return _limit


def _current():
    return max(0, gc.mem_alloc() - _base) if _tracing else 0


def get_traced_memory():
    global _peak
    current = _current()
    if current > _peak:
        _peak = current
    return (current, _peak)


def reset_peak():
    global _peak
    _peak = _current()


def clear_traces():
    global _base, _peak
    if _tracing:
        _base = gc.mem_alloc()
        _peak = 0


def get_tracemalloc_memory():
    return 0  # nothing is kept per allocation here


def get_object_traceback(obj):
    return None  # allocation sites are not recorded (see the module's first lines)


def take_snapshot():
    if not _tracing:
        raise RuntimeError("the tracemalloc module must be tracing memory allocations to take a snapshot")
    raise NotImplementedError(
        "tracemalloc snapshots are not available in Loopscope: the interpreter does not record where "
        "each object was allocated (get_traced_memory() is)")
