# realtime
# concurrent.futures.ProcessPoolExecutor as Linux CPython runs it: submit, map, shutdown, the context
# manager, errors, pickle's refusal of a lambda, and asyncio's run_in_executor with a process pool.
import asyncio
import concurrent.futures
import multiprocessing
import os

state = {"runs": 0}


def factorial(n):
    state["runs"] += 1
    return 1 if n == 0 else n * factorial(n - 1)


def describe(_):
    return multiprocessing.current_process().name.startswith("ForkProcess-"), os.getpid() != main_pid


def divide(a, b):
    return a / b


async def main(executor):
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(*(loop.run_in_executor(executor, factorial, n) for n in (5, 10, 25)))
    print("run_in_executor:", results)


if __name__ == "__main__":
    main_pid = os.getpid()
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(factorial, 20)
        print(future.result(), future.done(), future.exception())
        print(list(executor.map(factorial, range(6))))
        print(set(executor.map(describe, range(4))))
        bad = executor.submit(divide, 1, 0)
        try:
            bad.result()
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
        lam = executor.submit(lambda: 1)
        exc = lam.exception()
        print(type(exc).__name__, str(exc).split(" at ")[0])
        asyncio.run(main(executor))
    print("parent runs", state["runs"])
    try:
        executor.submit(factorial, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    ex = concurrent.futures.ProcessPoolExecutor(max_workers=1)
    print(ex.submit(divide, 9, 3).result())
    ex.shutdown()
    try:
        concurrent.futures.ProcessPoolExecutor(max_workers=0)
    except ValueError as e:
        print("ValueError:", e)
