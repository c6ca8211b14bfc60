# atexit for Loopscope's MicroPython: register / unregister / _run_exitfuncs / _clear / _ncallbacks
# as CPython 3.11's. The engine calls _run_exitfuncs() when the main program is over (also after an
# uncaught exception or SystemExit), once threading's non-daemon threads are joined, as CPython's
# finalization does: the callbacks run last registered first, and one that raises is reported on
# stderr ("Exception ignored in atexit callback: ...") without stopping the others.

import sys

__all__ = ["register", "unregister"]

_callbacks = []


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    _callbacks[:] = [entry for entry in _callbacks if entry[0] != func]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as e:
            _report(func, e)


def _report(func, e):
    try:
        import traceback
        text = "".join(traceback.format_exception(type(e), e, e.__traceback__))
    except Exception:
        text = "%s: %s\n" % (type(e).__name__, e)
    sys.stderr.write("Exception ignored in atexit callback: %r\n%s" % (func, text))
