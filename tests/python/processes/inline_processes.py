# realtime
# The page without threads runs a process to its end inside start() (runtime/python/README.md
# "Processes"); this sets that mode natively (CPython ignores the attribute) and checks the output
# is still CPython's where the order does not depend on the processes overlapping.
import multiprocessing.process

multiprocessing.process.INLINE = True

import asyncio
import concurrent.futures
import multiprocessing
import os

log = []


def child(tag):
    log.append(tag)
    print("child", tag, multiprocessing.current_process().name, os.getpid() != os.getppid(), len(log))


def square(x):
    log.append(x)
    return x * x


if __name__ == "__main__":
    ps = [multiprocessing.Process(target=child, args=(t,)) for t in "ab"]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print([p.exitcode for p in ps], log)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, range(5)), sorted(pool.imap_unordered(square, [5, 6])))
        print(pool.apply_async(square, (7,)).get())
    with concurrent.futures.ProcessPoolExecutor(2) as ex:
        print(list(ex.map(square, [1, 2, 3])))

        async def main():
            loop = asyncio.get_running_loop()
            return await asyncio.gather(*(loop.run_in_executor(ex, square, n) for n in (8, 9)))

        print(asyncio.run(main()))
    print("parent log", log)
