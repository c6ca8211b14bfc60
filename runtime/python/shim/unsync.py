# unsync for Loopscope (the `unsync` package's API: the @unsync decorator and Unfuture). A decorated
# `async def` runs on unsync's own event loop, in a daemon thread; a plain function on a thread pool;
# with cpu_bound=True on a process pool (concurrent.futures.ProcessPoolExecutor: the function is
# looked up by name in the worker process, as unsync does). Calling one starts it at once and
# returns an Unfuture: result() blocks (except on unsync's loop), `await` works from any loop (unsync:
# from its own), then(continuation) chains.
import asyncio
import threading
from concurrent.futures import Future, ThreadPoolExecutor, ProcessPoolExecutor

__all__ = ["unsync", "Unfuture"]


async def _sample():
    pass


def _is_async(func):
    # asyncio.iscoroutinefunction: an `async def` function is of its own type here.
    return type(func) is type(_sample)


def _run_loop(loop):
    asyncio.set_event_loop(loop)
    try:
        loop.run_forever()
    finally:
        loop.close()


def _stop_loop():
    # The end of the script: unsync's loop stops and its thread ends (the loop lives in C: a stop
    # request to the thread alone would not reach it).
    if unsync.loop is not None and unsync.thread.is_alive():
        unsync.loop.call_soon_threadsafe(unsync.loop.stop)
        unsync.thread.join(1.0)


threading._register_atexit(_stop_loop)


def _thread_pool_size():
    # CPython's default, except in the browser: its 4 Web Workers must also hold unsync's loop
    # thread and a process worker, so the pool gets 2 (natively the default is at least 5).
    import _lsthread
    default = _lsthread.default_max_workers()
    return default if default > 4 else max(1, default - 2)


def _multiprocess_target(name, *args, **kwargs):
    # In the worker process: the decorated function as that process's globals have it.
    from multiprocessing import process
    return process.current_globals()[name].func(*args, **kwargs)


class unsync:
    thread_executor = None
    process_executor = None
    loop = None
    thread = None

    @staticmethod
    def _ensure_loop():
        if unsync.loop is None:
            unsync.loop = asyncio.new_event_loop()
            unsync.thread = threading.Thread(target=_run_loop, args=(unsync.loop,), daemon=True,
                                             name="unsync")
            unsync.thread.start()
        return unsync.loop

    def __init__(self, *args, **kwargs):
        self.args = []
        self.kwargs = {}
        self.func = None
        if len(args) == 1 and callable(args[0]) and not kwargs:
            self._set_func(args[0])
        else:
            self.args = args
            self.kwargs = kwargs

    def _set_func(self, func):
        self.func = func
        try:
            self.__name__ = func.__name__
            self.__doc__ = getattr(func, "__doc__", None)
        except AttributeError:
            pass

    @property
    def cpu_bound(self):
        return bool(self.kwargs.get("cpu_bound"))

    def __call__(self, *args, **kwargs):
        if self.func is None:
            self._set_func(args[0])
            return self
        if _is_async(self.func):
            if self.cpu_bound:
                raise TypeError("The CPU bound unsync function %s may not be async or a coroutine"
                                % self.func.__name__)
            coro = self.func(*args, **kwargs)
            future = asyncio.run_coroutine_threadsafe(coro, unsync._ensure_loop())
        elif self.cpu_bound:
            if unsync.process_executor is None:
                unsync.process_executor = ProcessPoolExecutor()
            future = unsync.process_executor.submit(_multiprocess_target, self.func.__name__, *args, **kwargs)
        else:
            if unsync.thread_executor is None:
                unsync.thread_executor = ThreadPoolExecutor(_thread_pool_size())
            future = unsync.thread_executor.submit(self.func, *args, **kwargs)
        return Unfuture(future)

    def __get__(self, instance, owner):
        # A decorated method: the call gets the instance first, as a bound method would.
        def bound(*args, **kwargs):
            return self(instance, *args, **kwargs)
        return bound


class Unfuture:
    def __init__(self, future=None):
        self.concurrent_future = future if future is not None else Future()

    @staticmethod
    def from_value(value):
        future = Unfuture()
        future.set_result(value)
        return future

    def set_result(self, value):
        self.concurrent_future.set_result(value)

    def result(self, *args, **kwargs):
        # On unsync's own loop thread a wait would deadlock it: only a finished result is given.
        if (unsync.thread is not None and threading.current_thread() is unsync.thread
                and not self.concurrent_future.done()):
            raise asyncio.InvalidStateError("Calling result() in an unsync method is not allowed")
        return self.concurrent_future.result(*args, **kwargs)

    def done(self):
        return self.concurrent_future.done()

    def __await__(self):
        return asyncio.wrap_future(self.concurrent_future).__await__()

    def __iter__(self):
        return self.__await__()

    @unsync
    async def then(self, continuation):
        # Runs on unsync's loop once this future is done: continuation(self), awaited if it is
        # awaitable (an @unsync function's Unfuture or a coroutine).
        await self
        outcome = continuation(self)
        if hasattr(outcome, "__await__"):
            return await outcome
        return outcome
