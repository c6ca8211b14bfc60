# realtime
# Modules imported by several threads at once (the executor machinery while a thread calls
# run_coroutine_threadsafe and the main thread run_in_executor; a large standard module): a thread
# that finds a module still being initialised waits for it, as with CPython's per-module import locks.
import asyncio
import threading
import time

seen = []
start = threading.Barrier(4)


def importer(tag):
    start.wait()
    import concurrent.futures
    import decimal
    seen.append((tag, hasattr(concurrent.futures, "ThreadPoolExecutor"), hasattr(decimal, "Decimal")))


threads = [threading.Thread(target=importer, args=(f"t{i}",)) for i in range(3)]
for t in threads:
    t.start()
importer("main")
for t in threads:
    t.join()
print(sorted(seen))


def blocking(x):
    time.sleep(0.05)
    return x * 2


def in_thread(loop, results):
    fut = asyncio.run_coroutine_threadsafe(asyncio.sleep(0.01, result="from-thread"), loop)
    results.append(fut.result(timeout=5))


async def main():
    loop = asyncio.get_running_loop()
    results = []
    t = threading.Thread(target=in_thread, args=(loop, results))
    t.start()
    print("executor:", await loop.run_in_executor(None, blocking, 21))
    await asyncio.to_thread(t.join)
    print("thread:", results)


asyncio.run(main())
