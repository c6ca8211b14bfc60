# concurrent.futures for Loopscope's engine: Future, ThreadPoolExecutor, wait, as_completed
# (CPython 3.11's semantics). Pool workers are threading.Threads named "<prefix>_<n>"; each job
# records its worker and times for the trace (asyncio's run_in_executor reports them).
#
# Without threads (the page's fallback when it is not cross-origin isolated: _lsthread.available is
# False) a pool has no workers: each job runs on the loop thread as "worker 0", as a loop callback
# when a loop is running (submit order), otherwise at once; waiting for a job that has not run yet
# (result(), exception(), wait(), as_completed(), shutdown(wait=True), the end of the script) runs
# the pool's queued jobs there and then. The loop is blocked while a job runs.
import _lsthread
import threading
from collections import namedtuple

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"
_AS_COMPLETED = "_AS_COMPLETED"

PENDING = "PENDING"
RUNNING = "RUNNING"
CANCELLED = "CANCELLED"
CANCELLED_AND_NOTIFIED = "CANCELLED_AND_NOTIFIED"
FINISHED = "FINISHED"

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}


class Error(Exception):
    __module__ = "concurrent.futures._base"  # where CPython defines it


class CancelledError(Error):
    __module__ = "concurrent.futures._base"  # where CPython defines it


TimeoutError = TimeoutError


class InvalidStateError(Error):
    __module__ = "concurrent.futures._base"  # where CPython defines it


class BrokenExecutor(RuntimeError):
    __module__ = "concurrent.futures._base"  # where CPython defines it


DoneAndNotDoneFutures = namedtuple("DoneAndNotDoneFutures", "done not_done")

_THREADS = _lsthread.available
_inline_pools = []  # no threads: pools with jobs not run yet


def _run_pending(fs):
    # No threads: the jobs behind these futures run now, on this thread, in their pools' order.
    if _THREADS:
        return
    for f in fs:
        pool = f._lsp_pool
        if pool is not None and f._state == PENDING:
            pool._run_until(f)


class _Waiter:
    def __init__(self):
        self.event = threading.Event()
        self.finished_futures = []

    def add_result(self, future):
        self.finished_futures.append(future)

    def add_exception(self, future):
        self.finished_futures.append(future)

    def add_cancelled(self, future):
        self.finished_futures.append(future)


class _AsCompletedWaiter(_Waiter):
    def __init__(self):
        _Waiter.__init__(self)
        self.lock = threading.Lock()

    def add_result(self, future):
        with self.lock:
            _Waiter.add_result(self, future)
            self.event.set()

    def add_exception(self, future):
        with self.lock:
            _Waiter.add_exception(self, future)
            self.event.set()

    def add_cancelled(self, future):
        with self.lock:
            _Waiter.add_cancelled(self, future)
            self.event.set()


class _FirstCompletedWaiter(_Waiter):
    def add_result(self, future):
        _Waiter.add_result(self, future)
        self.event.set()

    def add_exception(self, future):
        _Waiter.add_exception(self, future)
        self.event.set()

    def add_cancelled(self, future):
        _Waiter.add_cancelled(self, future)
        self.event.set()


class _AllCompletedWaiter(_Waiter):
    def __init__(self, num_pending_calls, stop_on_exception):
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception
        self.lock = threading.Lock()
        _Waiter.__init__(self)

    def _decrement_pending_calls(self):
        with self.lock:
            self.num_pending_calls -= 1
            if not self.num_pending_calls:
                self.event.set()

    def add_result(self, future):
        _Waiter.add_result(self, future)
        self._decrement_pending_calls()

    def add_exception(self, future):
        _Waiter.add_exception(self, future)
        if self.stop_on_exception:
            self.event.set()
        else:
            self._decrement_pending_calls()

    def add_cancelled(self, future):
        _Waiter.add_cancelled(self, future)
        self._decrement_pending_calls()


class _AcquireFutures:
    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _create_and_install_waiters(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending_count = sum(f._state not in [CANCELLED_AND_NOTIFIED, FINISHED] for f in fs)
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _yield_finished_futures(fs, waiter, ref_collect):
    while fs:
        f = fs[-1]
        for futures_set in ref_collect:
            futures_set.remove(f)
        with f._condition:
            f._waiters.remove(waiter)
        del f
        yield fs.pop()


def as_completed(fs, timeout=None):
    if timeout is not None:
        end_time = timeout + _lsthread.monotonic()
    fs = set(fs)
    _run_pending(fs)
    total_futures = len(fs)
    with _AcquireFutures(fs):
        finished = set(f for f in fs if f._state in [CANCELLED_AND_NOTIFIED, FINISHED])
        pending = fs - finished
        waiter = _create_and_install_waiters(fs, _AS_COMPLETED)
    finished = list(finished)
    try:
        yield from _yield_finished_futures(finished, waiter, ref_collect=(fs,))
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - _lsthread.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError("%d (of %d) futures unfinished" % (len(pending), total_futures))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            finished.reverse()
            yield from _yield_finished_futures(finished, waiter, ref_collect=(fs, pending))
    finally:
        for f in fs:
            with f._condition:
                f._waiters.remove(waiter)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    _run_pending(fs)
    with _AcquireFutures(fs):
        done = set(f for f in fs if f._state in [CANCELLED_AND_NOTIFIED, FINISHED])
        not_done = fs - done
        if (return_when == FIRST_COMPLETED) and done:
            return DoneAndNotDoneFutures(done, not_done)
        elif (return_when == FIRST_EXCEPTION) and done:
            if any(f for f in done if not f.cancelled() and f.exception() is not None):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _create_and_install_waiters(fs, return_when)
    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


class Future:
    __module__ = "concurrent.futures._base"  # where CPython defines it

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []
        self._lsp_pool = None  # no threads: the pool whose queued job completes this future

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as e:
                import sys
                sys.stderr.write("exception calling callback for %r\n%s" % (self, _lsthread.format_exception(e)))

    def __repr__(self):
        with self._condition:
            if self._state == FINISHED:
                if self._exception:
                    return "<%s at 0x%x state=%s raised %s>" % (
                        type(self).__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state],
                        type(self._exception).__name__)
                return "<%s at 0x%x state=%s returned %s>" % (
                    type(self).__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state], type(self._result).__name__)
            return "<%s at 0x%x state=%s>" % (type(self).__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        with self._condition:
            if self._state in [RUNNING, FINISHED]:
                return False
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

    def __get_result(self):
        if self._exception:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as e:
            import sys
            sys.stderr.write("exception calling callback for %r\n%s" % (self, _lsthread.format_exception(e)))

    def result(self, timeout=None):
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self.__get_result()
        _run_pending((self,))
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self.__get_result()
            self._condition.wait(timeout)
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self.__get_result()
            raise TimeoutError()

    def exception(self, timeout=None):
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
        _run_pending((self,))
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            elif self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError("Future in unexpected state")

    def set_result(self, result):
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                raise InvalidStateError("{}: {!r}".format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                raise InvalidStateError("{}: {!r}".format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()


class Executor:
    __module__ = "concurrent.futures._base"  # where CPython defines it

    def submit(self, fn, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if timeout is not None:
            end_time = timeout + _lsthread.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(end_time - _lsthread.monotonic())
            finally:
                for future in fs:
                    future.cancel()

        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _SimpleQueue:
    def __init__(self):
        self._items = []
        self._cond = threading.Condition(threading.Lock())

    def put(self, item):
        with self._cond:
            self._items.append(item)
            self._cond.notify()

    def get(self):
        with self._cond:
            while not self._items:
                self._cond.wait()
            return self._items.pop(0)

    def get_nowait(self):
        with self._cond:
            if not self._items:
                raise IndexError("empty")
            return self._items.pop(0)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        future._lsp_queued = _lsthread.monotonic()
        self._counted = True
        _lsthread.jobs_add(1)

    def done(self):
        # No longer work in flight (ran, or dropped when cancelled).
        if self._counted:
            self._counted = False
            _lsthread.jobs_add(-1)

    def run(self, worker_index):
        try:
            self._run(worker_index)
        finally:
            self.done()

    def _run(self, worker_index):
        f = self.future
        if not f.set_running_or_notify_cancel():
            return
        f._lsp_worker = worker_index
        f._lsp_started = _lsthread.monotonic()
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            f._lsp_finished = _lsthread.monotonic()
            f.set_exception(exc)
            self = None
        else:
            f._lsp_finished = _lsthread.monotonic()
            f.set_result(result)


_shutdown = False
_threads_queues = {}  # worker thread -> its pool's queue (interpreter exit)


def _python_exit():
    # At the end of the script (threading._shutdown): every pool's workers finish the jobs queued and
    # end; threading._shutdown then joins them as non-daemon threads.
    global _shutdown
    _shutdown = True
    while _inline_pools:
        _inline_pools[0]._run_until(None)
    for t, q in list(_threads_queues.items()):
        q.put(None)


threading._register_atexit(_python_exit)


def _worker(executor, work_queue, index, initializer, initargs):
    _lsthread.set_service()
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException as e:
            import sys
            sys.stderr.write("Exception in initializer:\n" + _lsthread.format_exception(e))
            executor._initializer_failed()
            return
    while True:
        _lsthread.safe_point()
        try:
            work_item = work_queue.get()
        except MemoryError:
            continue  # the heap is full: collect at the safe point above and try again
        if work_item is not None:
            work_item.run(index)
            del work_item
            executor._idle_semaphore.release()
            continue
        if _shutdown or executor._shutdown:
            executor._shutdown = True
            work_queue.put(None)
            return


class BrokenThreadPool(BrokenExecutor):
    __module__ = "concurrent.futures.thread"  # where CPython defines it


class ThreadPoolExecutor(Executor):
    __module__ = "concurrent.futures.thread"  # where CPython defines it
    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is None:
            max_workers = _lsthread.default_max_workers()  # min(32, cpu count + 4); 4 in the browser
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = _SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._thread_list = []
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        if not thread_name_prefix:
            thread_name_prefix = "ThreadPoolExecutor-%d" % ThreadPoolExecutor._counter
            ThreadPoolExecutor._counter += 1
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs
        self._lsp_id = _lsthread.new_executor_id()

    def submit(self, fn, *args, **kwargs):
        return self._submit(None, fn, args, kwargs)

    def _submit(self, loop, fn, args, kwargs):
        # loop: without threads, the loop whose callback runs the job (asyncio's run_in_executor
        # passes its loop, running or not); None: the running loop, if any.
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            if _shutdown:
                raise RuntimeError("cannot schedule new futures after interpreter shutdown")
            f = Future()
            w = _WorkItem(f, fn, args, kwargs)
            self._work_queue.put(w)
            if _THREADS:
                self._adjust_thread_count()
            else:
                f._lsp_pool = self
                self._schedule_inline(loop)
            return f

    # ---- Without threads: the jobs run on this (the loop's) thread ------------------------------
    def _schedule_inline(self, loop):
        if self not in _inline_pools:
            _inline_pools.append(self)
        if loop is None:
            try:
                import asyncio
                loop = asyncio.get_running_loop()
            except RuntimeError:
                self._run_until(None)  # no loop to come back to: the job runs now
                return
        loop.call_soon(self._run_one)

    def _run_one(self):
        # A loop callback, one per submitted job (a job already run by a wait finds another or none).
        try:
            work_item = self._work_queue.get_nowait()
        except IndexError:
            return
        if work_item is not None:
            work_item.run(0)
        self._forget_if_idle()

    def _run_until(self, future):
        # Runs queued jobs in order until `future`'s has run (None: all of them).
        while future is None or future._state == PENDING:
            try:
                work_item = self._work_queue.get_nowait()
            except IndexError:
                break
            if work_item is not None:
                work_item.run(0)
        self._forget_if_idle()

    def _forget_if_idle(self):
        if not self._work_queue._items and self in _inline_pools:
            _inline_pools.remove(self)

    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._thread_list)
        if num_threads < self._max_workers:
            thread_name = "%s_%d" % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(self, self._work_queue, num_threads, self._initializer, self._initargs))
            t.start()
            self._threads.add(t)
            self._thread_list.append(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = "A thread initializer failed, the thread pool is not usable anymore"
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except IndexError:
                    break
                if work_item is not None:
                    work_item.done()
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except IndexError:
                        break
                    if work_item is not None:
                        work_item.done()
                        work_item.future.cancel()
            if _THREADS:
                self._work_queue.put(None)
        if not _THREADS:
            if wait:
                self._run_until(None)  # what the workers would finish before shutdown returns
            return
        if wait:
            for t in self._thread_list:
                t.join()


# ---- ProcessPoolExecutor ---------------------------------------------------------------------------
# Workers are Loopscope processes (multiprocessing.process: threads of the one interpreter with a
# pid and a copy of the script's globals), named ForkProcess-N, all started at the first submit as
# CPython 3.11 does with fork. A job's function and arguments are copied into the worker as pickling
# copies them (a lambda or a local function fails: the future gets pickle's error) and its result
# or exception copied back. Jobs are traced like a thread pool's (a lane per worker). Without
# threads a job runs when it is submitted, in the next worker's state.


class BrokenProcessPool(BrokenExecutor):
    __module__ = "concurrent.futures.process"  # where CPython defines it


def _process_worker(call_queue, index, initializer, initargs):
    _lsthread.set_service()
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException as e:
            import sys
            sys.stderr.write("Exception in initializer:\n" + _lsthread.format_exception(e))
            return
    while True:
        _lsthread.safe_point()
        item = call_queue.get()
        if item is None:
            return
        _run_process_item(item, index)
        item = None


def _run_process_item(item, index):
    # In worker process `index`: the job's function and arguments copied in, its result or
    # exception copied back into the submitting process.
    from multiprocessing import process as mp_process
    from multiprocessing.reduction import PickleCopier
    work_item, source = item
    target = mp_process.current_globals()
    f = work_item.future
    try:
        if not f.set_running_or_notify_cancel():
            return
        f._lsp_worker = index
        f._lsp_started = _lsthread.monotonic()
        try:
            copier = PickleCopier(source, target)
            fn, args, kwargs = copier(work_item.fn), copier(work_item.args), copier(work_item.kwargs)
        except BaseException as exc:
            f._lsp_finished = _lsthread.monotonic()
            f.set_exception(exc)
            return
        try:
            outcome = fn(*args, **kwargs)
            ok = True
        except BaseException as exc:
            outcome = exc
            ok = False
        try:
            outcome = PickleCopier(target, source)(outcome)
        except BaseException as exc:
            outcome = exc
            ok = False
        f._lsp_finished = _lsthread.monotonic()
        if ok:
            f.set_result(outcome)
        else:
            f.set_exception(outcome)
    finally:
        work_item.done()


_process_pools = []


def _end_process_pools():
    # The end of the script: every process pool finishes its queued jobs and its workers end
    # (threading._shutdown then joins them, as CPython joins its worker processes).
    for pool in list(_process_pools):
        pool.shutdown(wait=False)


threading._register_atexit(_end_process_pools)


class ProcessPoolExecutor(Executor):
    __module__ = "concurrent.futures.process"  # where CPython defines it

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        import os
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None and (not isinstance(max_tasks_per_child, int)
                                                or max_tasks_per_child <= 0):
            raise ValueError("max_tasks_per_child must be >= 1")
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._call_queue = _SimpleQueue()
        self._processes = []
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()
        self._broken = False
        self._lsp_id = _lsthread.new_executor_id()
        self._inline_states = []  # without threads: the workers' states (jobs run at submit)
        self._next_worker = 0

    def submit(self, fn, *args, **kwargs):
        from multiprocessing import process as mp_process
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError("cannot schedule new futures after shutdown")
            if _shutdown:
                raise RuntimeError("cannot schedule new futures after interpreter shutdown")
            f = Future()
            w = _WorkItem(f, fn, args, kwargs)
            item = (w, mp_process.current_globals())
            if not self._processes:
                self._start_processes()
            if self._inline_states:
                # Without threads the job runs now, in the next worker's state (round robin).
                index = self._next_worker % len(self._inline_states)
                self._next_worker += 1
                mp_process.run_as(self._inline_states[index], _run_process_item, item, index)
            else:
                self._call_queue.put(item)
            return f

    def _start_processes(self):
        from multiprocessing import process as mp_process
        for index in range(self._max_workers):
            p = mp_process.ForkProcess(target=_process_worker,
                                       args=(self._call_queue, index, self._initializer, self._initargs))
            p._lsp_needs_thread = True
            if mp_process.INLINE:
                state = p._start_idle()
                self._inline_states.append(state)
                if self._initializer is not None:
                    mp_process.run_as(state, self._initializer, *self._initargs)
            else:
                p.start()
            self._processes.append(p)
        _process_pools.append(self)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            first = not self._shutdown_thread
            self._shutdown_thread = True
            if cancel_futures:
                kept = []
                for item in self._call_queue._items:
                    if item is not None and not item[0].future.running():
                        item[0].done()
                        item[0].future.cancel()
                    else:
                        kept.append(item)
                self._call_queue._items[:] = kept
            if first:
                for _ in self._processes:
                    self._call_queue.put(None)
                if self._inline_states:
                    for p in self._processes:
                        p._popen.end_idle()
            if self in _process_pools:
                _process_pools.remove(self)
        if wait:
            for p in self._processes:
                p.join()
