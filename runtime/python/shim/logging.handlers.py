# logging.handlers for Loopscope's MicroPython: QueueHandler and QueueListener (the non-blocking
# logging recipe for asyncio: the loop only enqueues, a thread writes), BufferingHandler and
# MemoryHandler, as CPython 3.11's. The file, socket, syslog and SMTP handlers cannot exist in the
# sandbox: making one raises OSError saying so.

import logging
import threading

__all__ = ["QueueHandler", "QueueListener", "BufferingHandler", "MemoryHandler", "RotatingFileHandler",
           "TimedRotatingFileHandler", "WatchedFileHandler", "SocketHandler", "DatagramHandler",
           "SysLogHandler", "SMTPHandler", "HTTPHandler"]


class QueueHandler(logging.Handler):
    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue
        self.listener = None

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        # The message is formatted here, so the record crosses the queue without its arguments.
        msg = self.format(record)
        prepared = logging.makeLogRecord(dict(record.__dict__.items()))
        prepared.message = msg
        prepared.msg = msg
        prepared.args = None
        prepared.exc_info = None
        prepared.exc_text = None
        prepared.stack_info = None
        return prepared

    def emit(self, record):
        self.enqueue(self.prepare(record))


class QueueListener:
    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        self._thread = t = threading.Thread(target=self._monitor)
        t.daemon = True
        t.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        has_task_done = hasattr(self.queue, "task_done")
        while True:
            record = self.dequeue(True)
            if record is self._sentinel:
                if has_task_done:
                    self.queue.task_done()
                break
            self.handle(record)
            if has_task_done:
                self.queue.task_done()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        if self._thread:
            self.enqueue_sentinel()
            self._thread.join()
            self._thread = None


class BufferingHandler(logging.Handler):
    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        self.target = target

    def flush(self):
        if self.target:
            for record in self.buffer:
                self.target.handle(record)
            self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.target = None
            BufferingHandler.close(self)


def _unavailable(what):
    class Unavailable(logging.Handler):
        def __init__(self, *args, **kwargs):
            raise OSError("logging.handlers.%s: the Loopscope sandbox has no %s" % (self.__class__.__name__, what))
    return Unavailable


RotatingFileHandler = type("RotatingFileHandler", (_unavailable("file system"),), {})
TimedRotatingFileHandler = type("TimedRotatingFileHandler", (_unavailable("file system"),), {})
WatchedFileHandler = type("WatchedFileHandler", (_unavailable("file system"),), {})
SocketHandler = type("SocketHandler", (_unavailable("sockets to other hosts"),), {})
DatagramHandler = type("DatagramHandler", (_unavailable("sockets to other hosts"),), {})
SysLogHandler = type("SysLogHandler", (_unavailable("syslog"),), {})
SMTPHandler = type("SMTPHandler", (_unavailable("mail server"),), {})
HTTPHandler = type("HTTPHandler", (_unavailable("sockets to other hosts"),), {})
