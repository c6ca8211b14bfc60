# loop.add_signal_handler() / remove_signal_handler() (asyncio/signals.c calls these), as CPython
# 3.11's unix event loop has them. The handler a script adds replaces the signal module's handler
# for that signal; when the signal arrives (signal.raise_signal, os.kill(os.getpid(), sig)) the
# callback is queued on the loop, as CPython's wakeup-fd handler queues it, and runs as a callback.
import asyncio
import signal

__all__ = ["add_signal_handler", "remove_signal_handler"]

_loops = {}  # {loop: {signal number: (callback, args)}}


def _check_signal(sig):
    if not isinstance(sig, int):
        raise TypeError(f"sig must be an int, not {sig!r}")
    if sig not in signal.valid_signals():
        raise ValueError(f"invalid signal number {sig}")


def add_signal_handler(loop, sig, callback, *args):
    if asyncio.iscoroutine(callback) or asyncio.iscoroutinefunction(callback):
        raise TypeError("coroutines cannot be used with add_signal_handler()")
    _check_signal(sig)
    if loop.is_closed():
        raise RuntimeError("Event loop is closed")
    number = int(sig)
    try:
        signal.signal(number, lambda signum, frame: _deliver(loop, number))
    except OSError:
        raise RuntimeError(f"sig {number:d} cannot be caught") from None
    _loops.setdefault(loop, {})[number] = (callback, args)


def remove_signal_handler(loop, sig):
    _check_signal(sig)
    number = int(sig)
    handlers = _loops.get(loop, {})
    if number not in handlers:
        return False
    del handlers[number]
    signal.signal(number, signal.default_int_handler if number == signal.SIGINT else signal.SIG_DFL)
    return True


def _deliver(loop, number):
    if loop.is_closed():
        # a closed loop has given its handlers back (CPython's close() removes them)
        remove_signal_handler(loop, number)
        signal.raise_signal(number)
        return
    # CPython's loop learns of the signal from its wakeup pipe in the next iteration and queues the
    # handler then: the callback runs one iteration after that, if it is still installed.
    loop.call_soon_threadsafe(_dispatch, loop, number)


def _dispatch(loop, number):
    entry = _loops.get(loop, {}).get(number)
    if entry is not None:
        callback, args = entry
        loop.call_soon(callback, *args)
