# asyncio's classes name the modules CPython defines them in: type(), __module__, __qualname__, and
# an exception's class in a caught or uncaught traceback line.
import asyncio
import traceback

classes = [asyncio.CancelledError, asyncio.InvalidStateError, asyncio.TimeoutError,
           asyncio.BrokenBarrierError, asyncio.IncompleteReadError, asyncio.LimitOverrunError,
           asyncio.QueueEmpty, asyncio.QueueFull, asyncio.Lock, asyncio.Event, asyncio.Condition,
           asyncio.Semaphore, asyncio.BoundedSemaphore, asyncio.Barrier, asyncio.Queue,
           asyncio.PriorityQueue, asyncio.LifoQueue, asyncio.TaskGroup, asyncio.Timeout,
           asyncio.Runner, asyncio.Handle, asyncio.TimerHandle, asyncio.AbstractEventLoop,
           asyncio.StreamReader, asyncio.StreamWriter, asyncio.Future, asyncio.Task]
for cls in classes:
    print(cls, cls.__module__, cls.__qualname__, cls.__name__)


async def main():
    for obj in (asyncio.Lock(), asyncio.Event(), asyncio.Queue(), asyncio.Semaphore(2)):
        print(type(obj), type(obj).__name__)
    task = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError as e:
        print(type(e), repr(e))
        print(traceback.format_exception_only(type(e), e)[-1].strip())
    try:
        asyncio.Queue().get_nowait()
    except asyncio.QueueEmpty as e:
        print(type(e), type(e).__mro__[1])


asyncio.run(main())
