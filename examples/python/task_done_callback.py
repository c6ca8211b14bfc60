"""Tasks with done callbacks

`asyncio.create_task()` schedules a coroutine to run on its own; it starts at the loop's next turn.
`add_done_callback()` asks the loop to call a function once the task is done. A finished task was
either cancelled, failed with an exception, or returned a result: the callback can tell which.
"""
import asyncio


async def work(n, delay):
    await asyncio.sleep(delay)
    if n == 2:
        raise ValueError(f"bad input {n}")
    return n * 10


def report(task):
    name = task.get_name()
    if task.cancelled():
        print(f"[cb] {name}: cancelled")
    elif task.exception() is not None:
        print(f"[cb] {name}: failed with {task.exception()!r}")
    else:
        print(f"[cb] {name}: result {task.result()}")


async def main():
    tasks = [
        asyncio.create_task(work(1, 0.2), name="ok"),
        asyncio.create_task(work(2, 0.1), name="fails"),
        asyncio.create_task(work(3, 5.0), name="slow"),
    ]
    for t in tasks:
        t.add_done_callback(report)
    print("tasks created; none has started yet:", [t.done() for t in tasks])
    await asyncio.sleep(0.5)
    print("cancel slow ->", tasks[2].cancel())
    await asyncio.sleep(0)  # let the cancellation be delivered
    await asyncio.sleep(0)  # and the done callback run
    print("done:", [t.done() for t in tasks])


asyncio.run(main())
