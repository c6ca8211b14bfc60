# sched: a scheduler on the run's clock (enter, enterabs, priorities, cancel, queue, non-blocking run, kwargs) and one driven from asyncio.
import asyncio
import sched
import time

log = []
start = time.monotonic()


def note(name, *args, **kwargs):
    log.append("%s@%.1f %r %r" % (name, time.monotonic() - start, args, kwargs))


s = sched.scheduler(time.monotonic, time.sleep)
print(s.empty(), s.queue, s.run())
e1 = s.enter(2, 1, note, ("late",))
e2 = s.enter(1, 2, note, ("low",))
e3 = s.enter(1, 1, note, ("high",))
e4 = s.enter(1, 1, note, ("high-second",), {"k": 1})
e5 = s.enterabs(start + 0.5, 0, note, argument=("abs",))
e6 = s.enter(3, 0, note, ("cancelled",))
print(s.empty(), [(round(e.time - start, 1), e.priority, e.argument, e.kwargs) for e in s.queue])
print(e3 < e4, e4 < e2, e5 < e3, e1.sequence - e2.sequence, e3.priority, e3.action is note, type(e3).__name__, e3._fields)
s.cancel(e6)
try:
    s.cancel(e6)
except ValueError as exc:
    print("ValueError", exc)
print(s.run(blocking=False) is not None, log)
s.run()
print(log, s.empty(), round(time.monotonic() - start, 1))

log.clear()
clock = [0.0]
def advance(d):
    clock[0] += d


fake = sched.scheduler(lambda: clock[0], advance)
fake.enter(5, 1, lambda: log.append(("a", clock[0])))
fake.enter(2, 1, lambda: fake.enter(1, 1, lambda: log.append(("nested", clock[0]))))
fake.enterabs(10, 1, print, ("printed at", 10))
print(fake.run(blocking=False), len(fake.queue))
clock[0] = 2.5
print(fake.run(blocking=False), [e.time for e in fake.queue])
fake.run()
print(log, clock[0], fake.empty())

ev = sched.Event(1, 2, 3, print, (), {})
print(ev, ev.time, ev == sched.Event(1, 2, 3, print, (), {}), sched.__all__)


async def main():
    loop = asyncio.get_running_loop()
    s = sched.scheduler(loop.time, time.sleep)
    for i, d in enumerate((0.3, 0.1, 0.2)):
        s.enter(d, 0, lambda i=i: log.append("job%d" % i))
    log.clear()
    t0 = loop.time()
    while not s.empty():
        wait = s.run(blocking=False)
        if wait:
            await asyncio.sleep(wait)
    print(log, round(loop.time() - t0, 1))

asyncio.run(main())
