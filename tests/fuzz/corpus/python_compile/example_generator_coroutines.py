"""Generator-based coroutines

Before `async def`, coroutines were generators: `yield` pauses a function and `send()` resumes it.
This script builds a tiny round-robin scheduler out of plain generators, which is what an event
loop does underneath: each `yield` hands control back, and the scheduler decides who runs next.
"""
def countdown(name, n):
    while n > 0:
        print(f"{name}: {n}")
        yield  # pause: let the others run
        n -= 1
    return f"{name} finished"


def accumulate():
    total = 0
    while True:
        value = yield total  # send() delivers a value here
        if value is None:
            return total
        total += value


def run(tasks):
    ready = list(tasks)  # the ready queue, first in first out
    results = []
    while ready:
        task = ready.pop(0)
        try:
            next(task)
            ready.append(task)  # not finished: back of the queue
        except StopIteration as stop:
            results.append(stop.value)
    return results


print(run([countdown("A", 3), countdown("B", 2), countdown("C", 1)]))

acc = accumulate()
next(acc)  # start it: run to the first yield
for v in (1, 2, 3):
    print("running total:", acc.send(v))
try:
    acc.send(None)
except StopIteration as stop:
    print("accumulate returned", stop.value)
