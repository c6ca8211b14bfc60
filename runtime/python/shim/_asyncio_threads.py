# asyncio's thread entry points (CPython 3.11's base_events.run_in_executor, futures.wrap_future /
# _chain_future, threads.to_thread), on the concurrent.futures shim. The loop's C++ side counts each
# job as outstanding work (an idle virtual-time loop waits for it) and traces it like aio's own
# executor jobs: queued, then started on worker N and finished (a lane per worker).
import _lsthread
import asyncio
from concurrent import futures

_default_executors = {}  # loop -> ThreadPoolExecutor (CPython: loop._default_executor)
_shutdown_called = set()


def _check_default_executor(loop):
    if loop in _shutdown_called:
        raise RuntimeError("Executor shutdown has been called")


def _convert_future_exc(exc):
    if type(exc) is futures.CancelledError:
        return asyncio.CancelledError(*exc.args)
    return exc


def _copy_future_state(source, dest):
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(_convert_future_exc(exception))
        else:
            dest.set_result(source.result())


def _chain_to_loop(source, loop, executor_id):
    # wrap_future(source, loop=loop) with the trace hooks.
    dest = loop.create_future()
    job = _lsthread.job_queued(loop, executor_id)

    def set_state(dest, source):
        worker = getattr(source, "_lsp_worker", -1)
        if worker >= 0:
            waited = source._lsp_started - source._lsp_queued
            ran = getattr(source, "_lsp_finished", source._lsp_started) - source._lsp_started
        else:
            waited = ran = 0.0
        _lsthread.job_done(loop, job, executor_id, worker, waited, ran)
        _copy_future_state(source, dest)

    def call_check_cancel(destination):
        if destination.cancelled():
            source.cancel()

    def call_set_state(source):
        if dest.cancelled() and loop.is_closed():
            return
        try:
            loop.call_soon_threadsafe(set_state, dest, source)
        except RuntimeError:
            pass  # the loop closed meanwhile: nobody waits for the result any more

    dest.add_done_callback(call_check_cancel)
    source.add_done_callback(call_set_state)
    return dest


def run_in_executor(loop, executor, func, *args):
    if loop.is_closed():
        raise RuntimeError("Event loop is closed")
    if executor is None:
        _check_default_executor(loop)
        executor = _default_executors.get(loop)
        if executor is None:
            executor = futures.ThreadPoolExecutor(thread_name_prefix="asyncio")
            _default_executors[loop] = executor
            # asyncio.run's end (runner.close: shutdown_default_executor) and loop.close(): the
            # pool's workers end and are joined.
            _lsthread.on_loop_close(loop, lambda: _close_default_executor(loop))
    if not _lsthread.available and type(executor).submit is futures.ThreadPoolExecutor.submit:
        source = executor._submit(loop, func, args, {})  # no threads: the job is a callback of this loop
    else:
        source = executor.submit(func, *args)
    return _chain_to_loop(source, loop, getattr(executor, "_lsp_id", 0))


def _close_default_executor(loop):
    # CPython 3.11 waits for the pool's workers without a limit (a job that never returns hangs
    # asyncio.run forever; 3.12 gives up after 300 s). Loopscope waits the run's thread-exit timeout,
    # then abandons what still runs: the end of the run stops it.
    executor = _default_executors.pop(loop, None)
    if executor is None:
        return
    if not _lsthread.available:
        executor.shutdown(wait=True)  # no threads: its queued jobs run here, on the loop thread
        return
    executor.shutdown(wait=False)
    timeout = _lsthread.exit_timeout()
    deadline = _lsthread.monotonic() + timeout
    for t in executor._thread_list:
        t.join(max(0.0, deadline - _lsthread.monotonic()))
        if t.is_alive():
            t._lsp_abandoned = True
            import sys

            sys.stderr.write("loopscope: thread %r of asyncio's default executor still running %g s after "
                             "the loop closed: abandoned (the end of the run stops it)\n" % (t.name, timeout))


def set_default_executor(loop, executor):
    if not isinstance(executor, futures.ThreadPoolExecutor):
        raise TypeError("executor must be ThreadPoolExecutor")
    _default_executors[loop] = executor


async def shutdown_default_executor(loop):
    _shutdown_called.add(loop)
    executor = _default_executors.pop(loop, None)
    if executor is None:
        return
    if not _lsthread.available:
        executor.shutdown(wait=True)  # no threads: its queued jobs run here, on the loop thread
        return
    # CPython shuts the pool down on a helper thread and awaits its end.
    future = loop.create_future()

    def do_shutdown():
        try:
            executor.shutdown(wait=True)
            loop.call_soon_threadsafe(_set_done, future)
        except RuntimeError:
            pass

    import threading
    thread = threading.Thread(target=do_shutdown)
    thread.start()
    try:
        await future
    finally:
        thread.join()


def _set_done(future):
    if not future.done():
        future.set_result(None)


async def to_thread(func, *args, **kwargs):
    # As CPython: the function runs in a copy of the caller's context (run_in_executor copies none).
    import contextvars

    loop = asyncio.get_running_loop()
    context = contextvars.copy_context()
    return await loop.run_in_executor(None, lambda: context.run(func, *args, **kwargs))


def wrap_future(future, *, loop=None):
    # asyncio.wrap_future: an asyncio future on `loop` that follows a concurrent.futures.Future.
    if isinstance(future, asyncio.Future):
        return future
    if not isinstance(future, futures.Future):
        raise TypeError("concurrent.futures.Future is expected, got %r" % (future,))
    if loop is None:
        loop = asyncio.get_event_loop()
    dest = loop.create_future()

    def set_state(dest, source):
        _copy_future_state(source, dest)

    def call_check_cancel(destination):
        if destination.cancelled():
            future.cancel()

    def call_set_state(source):
        if dest.cancelled() and loop.is_closed():
            return
        try:
            loop.call_soon_threadsafe(set_state, dest, source)
        except RuntimeError:
            pass

    dest.add_done_callback(call_check_cancel)
    future.add_done_callback(call_set_state)
    return dest


def _set_concurrent_future_state(concurrent, source):
    if source.cancelled():
        concurrent.cancel()
    if not concurrent.set_running_or_notify_cancel():
        return
    exception = source.exception()
    if exception is not None:
        if type(exception) is asyncio.CancelledError:
            exception = futures.CancelledError(*exception.args)
        concurrent.set_exception(exception)
    else:
        concurrent.set_result(source.result())


def run_coroutine_threadsafe(coro, loop):
    # asyncio.run_coroutine_threadsafe: from another thread, run `coro` on `loop`; a
    # concurrent.futures.Future for its outcome.
    # (asyncio.iscoroutine() also says True of the runtime's native awaitables: sleep(), Queue.put()...)
    if not asyncio.iscoroutine(coro):
        raise TypeError("A coroutine object is required")
    future = futures.Future()

    def callback():
        try:
            task = loop.create_task(coro)
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

        def task_done(t):
            if not future.cancelled():
                _set_concurrent_future_state(future, t)

        def future_done(f):
            if f.cancelled() and not task.done():
                try:
                    loop.call_soon_threadsafe(task.cancel)
                except RuntimeError:
                    pass

        task.add_done_callback(task_done)
        future.add_done_callback(future_done)

    loop.call_soon_threadsafe(callback)
    return future
