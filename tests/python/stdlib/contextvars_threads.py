# realtime
# contextvars with threads: to_thread copies the context, run_in_executor does not, threads start empty
import asyncio
import contextvars
import threading

var = contextvars.ContextVar("var", default="default")


def work(tag):
    return f"{tag}: {var.get()} in {threading.current_thread() is threading.main_thread()}"


def setter():
    var.set("thread-value")
    return var.get()


async def main():
    var.set("main-value")
    print(await asyncio.to_thread(work, "to_thread"))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, work, "run_in_executor"))
    print(await asyncio.to_thread(setter), var.get())
    ctx = contextvars.copy_context()
    print(await loop.run_in_executor(None, ctx.run, work, "ctx.run in executor"))
    seen = []
    t = threading.Thread(target=lambda: seen.append(var.get()))
    t.start()
    t.join()
    print("plain thread sees", seen)
    def from_thread():
        loop.call_soon_threadsafe(lambda: print("threadsafe callback sees", var.get()))
    var.set("before-thread")
    await asyncio.to_thread(from_thread)
    await asyncio.sleep(0.01)


asyncio.run(main())
