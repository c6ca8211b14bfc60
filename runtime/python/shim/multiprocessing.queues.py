# multiprocessing.queues for Loopscope: Queue, JoinableQueue, SimpleQueue between processes (threads
# of one interpreter, multiprocessing.process). An item is copied as pickling copies it when it is
# put (a later change by the sender does not show; an unpicklable item raises pickle's error in
# put(), where CPython's feeder thread prints it) and copied again into the getter's globals when
# it is got. The queue object itself is shared by every process, as an inherited CPython queue is.
import queue as _queue

from multiprocessing import process as _process
from multiprocessing.reduction import PickleCopier

__all__ = ["Queue", "SimpleQueue", "JoinableQueue"]


def _pack(obj):
    source = _process.current_globals()
    return (source, PickleCopier(source, source)(obj))


def _unpack(item):
    source, obj = item
    target = _process.current_globals()
    if target is source:
        return obj
    return PickleCopier(source, target)(obj)


class Queue:
    _lsp_shared = True  # shared by the processes, never copied

    def __init__(self, maxsize=0, *, ctx=None):
        self._maxsize = maxsize
        self._queue = self._make(maxsize)
        self._closed = False

    def _make(self, maxsize):
        return _queue.Queue(maxsize)

    def __repr__(self):
        return "<%s.%s object at 0x%x>" % ("multiprocessing.queues", type(self).__name__, id(self))

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError("Queue %r is closed" % self)
        try:
            self._queue.put(_pack(obj), block, timeout)
        except _queue.Full:
            raise _queue.Full

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError("Queue %r is closed" % self)
        try:
            item = self._queue.get(block, timeout)
        except _queue.Empty:
            raise _queue.Empty
        return _unpack(item)

    def qsize(self):
        return self._queue.qsize()

    def empty(self):
        return self._queue.empty()

    def full(self):
        return self._queue.full()

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        self._closed = True

    def join_thread(self):
        if not self._closed:
            raise AssertionError("Queue.join_thread() called before close()")

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    def task_done(self):
        try:
            self._queue.task_done()
        except ValueError:
            raise ValueError("task_done() called too many times")

    def join(self):
        self._queue.join()


class SimpleQueue(Queue):
    def __init__(self, *, ctx=None):
        Queue.__init__(self)

    def close(self):
        self._closed = True
