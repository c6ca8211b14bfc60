# asyncio's submodules as scripts import them: `import asyncio.tasks`, `from asyncio.locks import
# Lock`, `from asyncio import events`; each holds the same objects as asyncio itself.
import asyncio
import asyncio.tasks
import asyncio.events as events
from asyncio.exceptions import CancelledError, TimeoutError as AsyncioTimeout
from asyncio.locks import Lock, Semaphore
from asyncio.queues import Queue, QueueEmpty
from asyncio.futures import Future, isfuture
from asyncio.runners import Runner
from asyncio.taskgroups import TaskGroup
from asyncio.timeouts import timeout
from asyncio.protocols import Protocol
from asyncio.transports import Transport
from asyncio.streams import StreamReader, open_connection
from asyncio.coroutines import iscoroutinefunction
from asyncio.threads import to_thread
from asyncio.log import logger
from asyncio import base_events, unix_events, queues

print(asyncio.tasks.Task is asyncio.Task, asyncio.tasks.gather is asyncio.gather)
print(events.AbstractEventLoop is asyncio.AbstractEventLoop, events.get_running_loop is asyncio.get_running_loop)
print(Lock is asyncio.Lock, Semaphore is asyncio.Semaphore, Queue is asyncio.Queue, QueueEmpty is asyncio.QueueEmpty)
print(CancelledError is asyncio.CancelledError, AsyncioTimeout is asyncio.TimeoutError, Future is asyncio.Future)
print(Runner is asyncio.Runner, TaskGroup is asyncio.TaskGroup, timeout is asyncio.timeout, to_thread is asyncio.to_thread)
print(Protocol is asyncio.Protocol, Transport is asyncio.Transport, StreamReader is asyncio.StreamReader)
print(iscoroutinefunction is asyncio.iscoroutinefunction, isfuture is asyncio.isfuture, open_connection is asyncio.open_connection)
print(base_events.BaseEventLoop is asyncio.BaseEventLoop, unix_events.SelectorEventLoop is asyncio.SelectorEventLoop)
print(logger.name, queues.__name__, asyncio.tasks.__name__, sorted(asyncio.locks.__all__))
print(asyncio.queues is queues, "tasks" in dir(asyncio) or True)
try:
    import asyncio.nonexistent
except ImportError as error:
    print(type(error).__name__, error)
try:
    from asyncio.locks import NoSuchLock
except ImportError as error:
    print(type(error).__name__, str(error).split(" (")[0])


async def main():
    async with asyncio.tasks.TaskGroup() if hasattr(asyncio.tasks, "TaskGroup") else TaskGroup() as tg:
        task = tg.create_task(asyncio.tasks.sleep(0.1, result="slept"))
    print(task.result(), isinstance(task, asyncio.tasks.Task))


asyncio.run(main())
