# realtime
# logging.handlers: the non-blocking recipe (the loop enqueues records, a listener thread writes
# them) and a MemoryHandler that flushes on errors. Output is printed only while the listener is
# stopped, so the order is fixed.
import asyncio
import logging
import logging.handlers
import queue
import sys

records = queue.Queue()
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
listener = logging.handlers.QueueListener(records, out)
log = logging.getLogger("app")
log.setLevel(logging.DEBUG)
log.propagate = False
log.addHandler(logging.handlers.QueueHandler(records))


async def worker(n):
    log.info("worker %d starting", n)
    await asyncio.sleep(0.01 * n)
    log.debug("worker %d done after %s", n, [n] * 2)
    return n


async def main():
    return await asyncio.gather(*(worker(i) for i in range(3)))


listener.start()
results = asyncio.run(main())
try:
    raise KeyError("missing")
except KeyError as e:
    log.error("failed: %r", e)
listener.stop()
print("results", results, records.empty())

memory_target = logging.StreamHandler(sys.stdout)
memory_target.setFormatter(logging.Formatter("[memory] %(message)s"))
memory = logging.handlers.MemoryHandler(10, flushLevel=logging.ERROR, target=memory_target)
buffered = logging.getLogger("buffered")
buffered.propagate = False
buffered.addHandler(memory)
buffered.warning("kept until an error")
buffered.warning("also kept")
print("buffered so far:", len(memory.buffer))
buffered.error("this flushes")
print("after flush:", len(memory.buffer))
