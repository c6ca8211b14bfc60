# multiprocessing.pool for Loopscope: Pool (apply, apply_async, map, map_async, starmap,
# starmap_async, imap, imap_unordered, close, terminate, join, context manager) and its results,
# with CPython 3.11's behaviour. The workers are daemonic processes (multiprocessing.process) named
# ForkPoolWorker-N, started when the pool is made (each with the script's globals as they were
# then); each task's function and arguments are copied into the worker as pickling copies them
# (a lambda fails there, with pickle's error, raised by get()), and its result copied back.
# Callbacks run in the process that made the pool. terminate() drops the tasks not started yet;
# tasks already running finish (a thread cannot be killed). Without threads each task runs when it
# is submitted, in the next worker's state (round robin).
import _lsthread
import os
import queue as _queue
import threading

from multiprocessing import process as _process
from multiprocessing.reduction import PickleCopier

__all__ = ["Pool", "ApplyResult", "AsyncResult", "MapResult", "IMapIterator", "MaybeEncodingError"]

RUN = 0
CLOSE = 1
TERMINATE = 2

_live_pools = []


class MaybeEncodingError(Exception):
    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)


def _worker(tasks, initializer, initargs):
    _lsthread.set_service()  # an idle worker is not work in flight (a job is, until it is done)
    if initializer is not None:
        initializer(*initargs)
    while True:
        task = tasks.get()
        if task is None:
            return
        _run_task(task)
        task = None


def _run_task(task):
    # In the worker process: the task's function and arguments copied in, its outcome copied back
    # and handed to its result in the process that made the pool.
    result, index, func, args, kwds, source = task
    target = _process.current_globals()
    try:
        try:
            copier = PickleCopier(source, target)
            func, args, kwds = copier(func), copier(args), copier(kwds)
        except Exception as e:
            outcome = (False, e)
        else:
            try:
                outcome = (True, func(*args, **kwds))
            except Exception as e:
                outcome = (False, e)
            try:
                outcome = (outcome[0], PickleCopier(target, source)(outcome[1]))
            except Exception as e:
                outcome = (False, MaybeEncodingError(e, outcome[1]))
        _process.run_as(result._owner, result._set, index, outcome)
    finally:
        _lsthread.jobs_add(-1)


class Pool:
    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None and (not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0):
            raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._state = RUN
        self._owner = _process.current_state()
        self._tasks = _queue.Queue()
        self._processes = processes
        self._pool = []
        self._inline_states = []  # without threads: the workers' states, tasks run there at submit
        self._next_worker = 0
        for _ in range(processes):
            w = _process.ForkProcess(target=_worker, args=(self._tasks, initializer, initargs))
            w.name = w.name.replace("Process", "PoolWorker")
            w.daemon = True
            w._lsp_needs_thread = True
            if _process.INLINE:
                state = w._start_idle()
                self._inline_states.append(state)
                if initializer is not None:
                    _process.run_as(state, initializer, *initargs)
            else:
                w.start()
            self._pool.append(w)
            _all_workers.append(w)
        _live_pools.append(self)

    def __repr__(self):
        state = {RUN: "RUN", CLOSE: "CLOSE", TERMINATE: "TERMINATE"}[self._state]
        return "<%s.%s state=%s pool_size=%d>" % ("multiprocessing.pool", type(self).__name__, state, len(self._pool))

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _submit(self, result, index, func, args, kwds):
        _lsthread.jobs_add(1)
        task = (result, index, func, args, kwds, _process.current_globals())
        if self._inline_states:
            state = self._inline_states[self._next_worker % len(self._inline_states)]
            self._next_worker += 1
            _process.run_as(state, _run_task, task)
            return
        self._tasks.put(task)

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._submit(result, 0, func, args, kwds)
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, False, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, True, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, False, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, True, chunksize, callback, error_callback)

    def _map_async(self, func, iterable, star, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        items = list(iterable)
        result = MapResult(self, len(items), callback, error_callback)
        for i, item in enumerate(items):
            self._submit(result, i, func, tuple(item) if star else (item,), {})
        return result

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, IMapIterator)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, IMapUnorderedIterator)

    def _imap(self, func, iterable, kind):
        self._check_running()
        result = kind(self)
        n = 0
        for i, item in enumerate(iterable):
            self._submit(result, i, func, (item,), {})
            n += 1
        result._set_length(n)
        return result

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            for _ in self._pool:
                self._tasks.put(None)
            self._end_inline_workers()

    def _end_inline_workers(self):
        if self._inline_states:
            for w in self._pool:
                w._popen.end_idle()

    def terminate(self):
        if self._state == TERMINATE:
            return
        was_running = self._state == RUN
        self._state = TERMINATE
        while True:
            try:
                task = self._tasks.get_nowait()
            except _queue.Empty:
                break
            if task is not None:
                _lsthread.jobs_add(-1)
        for _ in self._pool:
            self._tasks.put(None)
        self._end_inline_workers()
        if self in _live_pools:
            _live_pools.remove(self)

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        for w in self._pool:
            w.join()
        if self in _live_pools:
            _live_pools.remove(self)

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


_all_workers = []


def _end_pools():
    # The end of the script (CPython's pool finalizers): the workers of pools still open stop, and
    # idle workers are given a moment to read their stop sentinel.
    while _live_pools:
        _live_pools[0].terminate()
    deadline = _lsthread.monotonic() + 1.0
    for w in _all_workers:
        w.join(max(0.0, deadline - _lsthread.monotonic()))


threading._register_atexit(_end_pools)


class ApplyResult:
    def __init__(self, pool, callback=None, error_callback=None):
        self._pool = pool
        self._owner = pool._owner
        self._event = threading.Event()
        self._callback = callback
        self._error_callback = error_callback
        self._success = None
        self._value = None

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    def __init__(self, pool, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._number_left = length
        self._lock = threading.Lock()
        if length == 0:
            self._value = []
            if self._callback:
                self._callback(self._value)
            self._event.set()

    def _set(self, i, success_result):
        success, result = success_result
        with self._lock:
            self._number_left -= 1
            if self._event.is_set():
                return
            if success and self._success:
                self._value[i] = result
                done = self._number_left == 0
            else:
                if self._success:
                    self._success = False
                    self._value = result
                done = True
        if done:
            if self._success and self._callback:
                self._callback(self._value)
            if not self._success and self._error_callback:
                self._error_callback(self._value)
            self._event.set()


class IMapIterator:
    def __init__(self, pool):
        self._pool = pool
        self._owner = pool._owner
        self._cond = threading.Condition(threading.Lock())
        self._items = {}  # index -> (success, value), until yielded
        self._order = []  # indices in arrival order
        self._index = 0
        self._length = None

    def __iter__(self):
        return self

    def _take(self):
        if self._index not in self._items:
            return None
        return self._index

    def next(self, timeout=None):
        with self._cond:
            while True:
                if self._length is not None and self._index >= self._length:
                    raise StopIteration
                key = self._take()
                if key is not None:
                    break
                if not self._cond.wait(timeout) and timeout is not None:
                    raise TimeoutError
            success, value = self._items.pop(key)
            self._index += 1
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            self._items[i] = obj
            self._order.append(i)
            self._cond.notify()

    def _set_length(self, length):
        with self._cond:
            self._length = length
            self._cond.notify()


class IMapUnorderedIterator(IMapIterator):
    def _take(self):
        while self._order:
            key = self._order.pop(0)
            if key in self._items:
                return key
        return None
