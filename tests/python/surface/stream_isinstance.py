# asyncio.StreamReader/StreamWriter are what isinstance() expects for both a reader made by the
# script (fed by hand) and a connection's; a server is an asyncio.AbstractServer; the other classes
# a script checks against.
import asyncio


class MyReader(asyncio.StreamReader):
    pass


async def handle(reader, writer):
    print("server side", isinstance(reader, asyncio.StreamReader), isinstance(writer, asyncio.StreamWriter))
    writer.close()


async def main():
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    print(type(reader), isinstance(reader, asyncio.StreamReader), isinstance(reader, asyncio.StreamWriter))
    reader.feed_data(b"line\n")
    reader.feed_eof()
    print(await reader.readline())
    mine = MyReader()
    print(isinstance(mine, asyncio.StreamReader), issubclass(MyReader, asyncio.StreamReader))
    server = await asyncio.start_server(handle, "127.0.0.1", 8888)
    print(type(server), isinstance(server, asyncio.AbstractServer))
    r, w = await asyncio.open_connection("127.0.0.1", 8888)
    print(type(r), isinstance(r, asyncio.StreamReader), isinstance(r, asyncio.StreamWriter))
    print(type(w), isinstance(w, asyncio.StreamWriter), isinstance(w, asyncio.StreamReader))
    await asyncio.sleep(0.1)
    w.close()
    server.close()
    await server.wait_closed()
    print(isinstance(loop, asyncio.AbstractEventLoop), isinstance(loop, asyncio.BaseEventLoop))
    task = asyncio.current_task()
    print(isinstance(task, asyncio.Task), isinstance(task, asyncio.Future))
    fut = loop.create_future()
    print(isinstance(fut, asyncio.Future), isinstance(fut, asyncio.Task))
    handle_ = loop.call_soon(print)
    print(isinstance(handle_, asyncio.Handle), isinstance(handle_, asyncio.TimerHandle))
    handle_.cancel()
    timer = loop.call_later(1, print)
    print(isinstance(timer, asyncio.Handle), isinstance(timer, asyncio.TimerHandle))
    timer.cancel()
    for cls in (asyncio.Queue, asyncio.PriorityQueue, asyncio.LifoQueue, asyncio.Lock, asyncio.Event,
                asyncio.Condition, asyncio.Semaphore, asyncio.BoundedSemaphore):
        print(cls.__name__, isinstance(cls(), cls), isinstance(cls(), asyncio.Queue))
    print(isinstance(asyncio.Barrier(2), asyncio.Barrier))
    print(isinstance(asyncio.BoundedSemaphore(), asyncio.Semaphore))
    print(isinstance(asyncio.PriorityQueue(), asyncio.Queue))


asyncio.run(main())
