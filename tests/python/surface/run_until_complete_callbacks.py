# A future run by run_until_complete (asyncio.run's main task, loop.run_until_complete's task or
# future) shows CPython's `cb=[_run_until_complete_cb() at .../base_events.py:180]` while it runs,
# before the callbacks the script adds (file names replaced by FILE and LIB).
import asyncio
import re


def show(obj):
    text = re.sub(r"0x[0-9a-f]+", "0x", repr(obj).replace(__file__, "FILE"))
    print(re.sub(r"[^ <\[]*/asyncio/", "LIB/asyncio/", text))


def on_done(fut):
    print("done callback")


async def nap():
    await asyncio.sleep(0.1)


async def main():
    me = asyncio.current_task()
    show(me)
    me.add_done_callback(on_done)
    show(me)
    show(asyncio.all_tasks())
    child = asyncio.create_task(nap())
    child.add_done_callback(on_done)
    await asyncio.sleep(0)
    show(child)
    await child
    me.remove_done_callback(on_done)
    show(me)


async def other():
    await asyncio.sleep(0)
    show(asyncio.current_task())
    return 5


asyncio.run(main())
loop = asyncio.new_event_loop()
print(loop.run_until_complete(other()))
fut = loop.create_future()


def finish():
    show(fut)
    fut.set_result(1)


loop.call_soon(finish)
print(loop.run_until_complete(fut))
show(fut)
task = loop.create_task(other())
print(loop.run_until_complete(task))
show(task)
loop.close()
