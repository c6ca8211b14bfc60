# sched for Loopscope's MicroPython: the general-purpose event scheduler as CPython 3.11 has it:
# scheduler(timefunc=time.monotonic, delayfunc=time.sleep) with enterabs, enter, cancel, empty,
# run(blocking=True) and the queue property; events are the named tuple Event(time, priority,
# sequence, action, argument, kwargs), run in (time, priority, order of entry) order. On the run's
# clock: under --virtual-time, time.sleep moves the clock instead of waiting. run() blocks the
# thread it runs on (call it from asyncio.to_thread to keep an event loop going).

import heapq
import threading
import time
from collections import namedtuple

__all__ = ["scheduler"]

Event = namedtuple("Event", "time, priority, sequence, action, argument, kwargs")

_sentinel = object()


class scheduler:
    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._next_sequence = 0

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            # The sequence number breaks ties: equal times and priorities run in order of entry.
            event = Event(time, priority, self._next_sequence, action, argument, kwargs)
            self._next_sequence += 1
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        # Runs the events as they fall due; without blocking, runs those due now and returns the
        # delay until the next one (None when none is left).
        queue = self._queue
        while True:
            with self._lock:
                if not queue:
                    break
                when, priority, sequence, action, argument, kwargs = queue[0]
                now = self.timefunc()
                due = when <= now
                if due:
                    heapq.heappop(queue)
            if not due:
                if not blocking:
                    return when - now
                self.delayfunc(when - now)
            else:
                action(*argument, **kwargs)
                self.delayfunc(0)  # lets other threads run

    @property
    def queue(self):
        # The pending events, soonest first.
        with self._lock:
            events = self._queue[:]
        return [heapq.heappop(events) for _ in range(len(events))]
