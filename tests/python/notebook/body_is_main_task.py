# Notebook mode: the module body is the main task of one loop, from its first line to its last.
import asyncio

loop = asyncio.get_running_loop()  # before any await: the body already runs on the loop
task = asyncio.current_task()
print('body is a task:', isinstance(task, asyncio.Task), task.get_name())
print('time at start:', loop.time())


async def tick(label, delay):
    await asyncio.sleep(delay)
    print(f'{label} at {loop.time():.1f}')
    return label


first = await tick('first', 1)
results = await asyncio.gather(tick('a', 2), tick('b', 1))
print(first, results)
print('same loop after awaits:', asyncio.get_running_loop() is loop)
print('same task after awaits:', asyncio.current_task() is task)
count = 0


def bump():
    global count
    count += 1


bump()
await asyncio.sleep(0)
bump()
print('globals work across awaits:', count)
