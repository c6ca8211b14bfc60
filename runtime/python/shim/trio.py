# trio's core for the nursery lesson (trio 0.22's names and messages), built on the asyncio
# runtime: every trio task is an asyncio Task (so the playground's timeline shows each one), a
# nursery is a task group whose failure cancels its other children and its body, and several
# failures come out as one MultiError (trio 0.21's: trio 0.22 adds NonBaseMultiError), printed as trio printed it in the source document:
#
#     trio.MultiError: Exception('The answer!'), ZeroDivisionError('division by zero')
#
#     Details of embedded exception 1:
#
#       Traceback (most recent call last):
#         File "script.py", line 7, in counter_coro
#     ...
#
# What differs from trio: trio.Cancelled is asyncio.CancelledError (trio's checkpoints are
# asyncio's awaits); tasks run in the order they were started (trio may shuffle a batch); one
# failing child is raised as itself (trio's default before strict_exception_groups); no
# instruments, clocks, channels or I/O.
import asyncio as _asyncio
import sys as _sys

__all__ = [
    "run", "sleep", "sleep_until", "sleep_forever", "current_time", "checkpoint", "open_nursery",
    "Nursery", "CancelScope", "move_on_after", "move_on_at", "fail_after", "fail_at", "Cancelled",
    "MultiError", "TooSlowError", "RunFinishedError", "TrioInternalError",
]

__version__ = "0.22.2"

Cancelled = _asyncio.CancelledError


class TooSlowError(Exception):
    pass


class RunFinishedError(RuntimeError):
    pass


class TrioInternalError(Exception):
    pass


def _details(exceptions):
    # trio's MultiError excepthook: each embedded exception's traceback, indented by two spaces.
    import traceback

    parts = []
    for i, exc in enumerate(exceptions, 1):
        text = "".join(traceback.format_exception(exc)).rstrip("\n")
        body = "\n".join("  " + line if line else line for line in text.split("\n"))
        parts.append("\nDetails of embedded exception %d:\n\n%s" % (i, body))
    return "\n".join(parts)


class MultiError(BaseException):
    """Several exceptions raised together by the children of one nursery."""

    def __init__(self, exceptions):
        super().__init__(", ".join(repr(exc) for exc in exceptions))
        self.exceptions = list(exceptions)
        self.__notes__ = [_details(self.exceptions)]

    def __str__(self):
        return ", ".join(repr(exc) for exc in self.exceptions)

    def __repr__(self):
        return "<%s: %s>" % (type(self).__name__, self)




# ---- Time -----------------------------------------------------------------------------------

def current_time():
    return _asyncio.get_running_loop().time()


def sleep(seconds):
    if seconds < 0:
        raise ValueError("duration must be non-negative")
    return _asyncio.sleep(seconds)


def sleep_until(deadline):
    return sleep(max(0, deadline - current_time()))


async def sleep_forever():
    await _asyncio.get_running_loop().create_future()


def checkpoint():
    return _asyncio.sleep(0)


# ---- Cancel scopes ----------------------------------------------------------------------------
# A scope cancels the task that entered it (at its deadline or on cancel()) and swallows the
# resulting Cancelled when it leaves the scope.

class CancelScope:
    def __init__(self, *, deadline=float("inf"), shield=False):
        self.deadline = deadline
        self.shield = shield
        self.cancel_called = False
        self.cancelled_caught = False
        self._task = None
        self._timer = None
        self._active = False

    def __enter__(self):
        self._task = _asyncio.current_task()
        if self._task is None:
            raise RuntimeError("must be called from async context")
        self._active = True
        if self.deadline != float("inf"):
            loop = _asyncio.get_running_loop()
            self._timer = loop.call_at(max(self.deadline, loop.time()), self.cancel)
        return self

    def cancel(self):
        if self.cancel_called:
            return
        self.cancel_called = True
        if self._active and self._task is not None:
            self._task.cancel()

    def __exit__(self, exc_type, exc, tb):
        self._active = False
        if self._timer is not None:
            self._timer.cancel()
        if self.cancel_called and self._task is not None and self._task.uncancel() == 0:
            if exc_type is not None and issubclass(exc_type, Cancelled):
                self.cancelled_caught = True
                return True
        return False


def move_on_at(deadline):
    return CancelScope(deadline=deadline)


def move_on_after(seconds):
    if seconds < 0:
        raise ValueError("timeout must be non-negative")
    return CancelScope(deadline=current_time() + seconds)


class _FailScope(CancelScope):
    def __exit__(self, exc_type, exc, tb):
        super().__exit__(exc_type, exc, tb)
        if self.cancelled_caught:
            raise TooSlowError
        return False


def fail_at(deadline):
    return _FailScope(deadline=deadline)


def fail_after(seconds):
    if seconds < 0:
        raise ValueError("timeout must be non-negative")
    return _FailScope(deadline=current_time() + seconds)


# ---- Nurseries ------------------------------------------------------------------------------

class _NurseryScope:
    # nursery.cancel_scope: cancels every child and the nursery's body.
    def __init__(self, nursery):
        self._nursery = nursery
        self.cancel_called = False
        self.cancelled_caught = False

    def cancel(self):
        self.cancel_called = True
        self._nursery._cancel_all()


class Nursery:
    def __init__(self):
        self._parent = None
        self._children = set()
        self._errors = []
        self._body_done = False
        self._parent_cancelled = False  # we cancelled the body
        self._waiter = None
        self.cancel_scope = _NurseryScope(self)

    @property
    def child_tasks(self):
        return frozenset(self._children)

    def start_soon(self, async_fn, *args, name=None):
        if self._body_done and not self._children:
            raise RuntimeError("Nursery is closed to new arrivals")
        coro = async_fn(*args)
        if not _asyncio.iscoroutine(coro):
            raise TypeError(
                "Trio expected an async function, but {!r} appears to be synchronous".format(
                    getattr(async_fn, "__qualname__", async_fn)))
        task = _asyncio.get_running_loop().create_task(coro, name=name)
        self._children.add(task)
        task.add_done_callback(self._child_done)
        if self.cancel_scope.cancel_called:
            task.cancel()

    def _cancel_all(self):
        for task in self._children:
            task.cancel()
        if not self._body_done and not self._parent_cancelled and self._parent is not None:
            self._parent_cancelled = True
            self._parent.cancel()

    def _child_done(self, task):
        self._children.discard(task)
        if not task.cancelled():
            exc = task.exception()
            if exc is not None:
                self._errors.append(exc)
                if not self.cancel_scope.cancel_called:
                    self.cancel_scope.cancel()
        if not self._children and self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    async def __aenter__(self):
        self._parent = _asyncio.current_task()
        if self._parent is None:
            raise RuntimeError("must be called from async context")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self._body_done = True
        if exc is not None and not isinstance(exc, Cancelled):
            self._errors.append(exc)
            self.cancel_scope.cancel()
        outside_cancel = exc is not None and isinstance(exc, Cancelled) and not self._parent_cancelled
        if outside_cancel:
            self._cancel_all()
        while self._children:
            self._waiter = _asyncio.get_running_loop().create_future()
            try:
                await self._waiter
            except Cancelled:
                if not self._parent_cancelled:
                    outside_cancel = True
                self._cancel_all()
        if self._parent_cancelled and self._parent.uncancel() == 0:
            self.cancel_scope.cancelled_caught = True
        errors = self._errors
        self._errors = []
        if len(errors) == 1:
            raise errors[0]
        if errors:
            combined_error_from_nursery = MultiError(errors)
            raise combined_error_from_nursery
        if outside_cancel:
            raise Cancelled
        return self._parent_cancelled and exc is not None and isinstance(exc, Cancelled)


def open_nursery():
    return Nursery()


# ---- Running ----------------------------------------------------------------------------------

def run(async_fn, *args, clock=None, instruments=(), strict_exception_groups=False):
    if _asyncio.iscoroutine(async_fn):
        async_fn.close()
        raise TypeError(
            "Trio was expecting an async function, but instead it got a coroutine object {!r}\n\n"
            .format(async_fn) +
            "Probably you did something like:\n\n  trio.run(fn(...))\n\n"
            "Instead, you want (notice the parentheses!):\n\n  trio.run(fn, ...)")
    try:
        _asyncio.get_running_loop()
    except RuntimeError:
        pass
    else:
        raise RuntimeError("Attempted to call run() from inside a run()")
    return _asyncio.run(async_fn(*args))
