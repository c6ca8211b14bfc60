# realtime
# The unsync package's README examples (unsync 1.4.0) and the document's cell (seed03_unsync). CPython
# here has no unsync package: expected/unsync_examples.out holds the outputs unsync's README shows
# (times printed as whether they came out parallel, not as numbers).
import asyncio
import time
from unsync import unsync, Unfuture


@unsync
async def unsync_async():
    await asyncio.sleep(0.1)
    return "I like decorators"


print(unsync_async().result())


@unsync
def non_async_function(seconds):
    time.sleep(seconds)
    return "Run in parallel!"


start = time.time()
tasks = [non_async_function(0.1) for _ in range(10)]
print([task.result() for task in tasks])
print("parallel:", time.time() - start < 0.9)  # 10 x 0.1 s; the browser's pool has 2 workers


@unsync
async def initiate(request):
    await asyncio.sleep(0.1)
    return request + 1


@unsync
async def process(task):
    await asyncio.sleep(0.1)
    return task.result() * 2


print(initiate(3).then(process).result())


@unsync
def pair(num):
    time.sleep(0.1)
    return num, num + 1


@unsync
async def result_continuation(task):
    await asyncio.sleep(0.1)
    num, res = task.result()
    return num, res * 2


@unsync
async def result_processor(tasks):
    output = {}
    for task in tasks:
        num, res = await task
        output[num] = res
    return output


start = time.time()
print(result_processor([pair(i).then(result_continuation) for i in range(10)]).result())
print("parallel:", time.time() - start < 0.9)


@unsync(cpu_bound=True)
def slow_function():
    a = 10**101
    b = 10**100
    return a / b


@unsync
async def async_function(seconds):
    await asyncio.sleep(seconds)
    return 5


print(slow_function().result() + async_function(0.1).result())
print(Unfuture.from_value(3).result())


class Service:
    def __init__(self, base):
        self.base = base

    @unsync
    def add(self, x):
        return self.base + x


print(Service(40).add(2).result())


try:
    unsync(cpu_bound=True)(async_function.func)()
except TypeError as e:
    print("TypeError:", e)
