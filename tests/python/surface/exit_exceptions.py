# KeyboardInterrupt / SystemExit raised in a task leave run_until_complete and asyncio.run as in
# CPython 3.11 (the other tasks are cancelled by asyncio.run; the order of that is a set's order)
import asyncio

events = []


async def bad():
    await asyncio.sleep(0)
    raise KeyboardInterrupt


async def other():
    try:
        await asyncio.sleep(10)
    finally:
        events.append("other finally")


async def main():
    t = asyncio.create_task(other())
    await asyncio.sleep(0)
    asyncio.create_task(bad())
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        events.append("main cancelled")
        raise
    events.append("main not interrupted")


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("caught KeyboardInterrupt")
print(sorted(events))

loop = asyncio.new_event_loop()


async def exits():
    await asyncio.sleep(0)
    raise SystemExit(3)


async def bystander():
    await asyncio.sleep(5)
    return "bystander done"


b = loop.create_task(bystander())
try:
    loop.run_until_complete(exits())
except SystemExit as e:
    print("SystemExit", e.args, b.done())
print(loop.run_until_complete(b))


async def forever_exit():
    raise KeyboardInterrupt


loop.create_task(forever_exit())
try:
    loop.run_forever()
except KeyboardInterrupt:
    print("run_forever left with KeyboardInterrupt", loop.is_running())
loop.close()
print("end")


# The interrupted task is a child of a gather its caller awaits: the caller, cancelled while
# asyncio.run closes, wakes with the KeyboardInterrupt the gather got and raises it there.
async def interrupted(n):
    await asyncio.sleep(n)
    raise KeyboardInterrupt if n == 1 else SystemExit(n)


async def gathers(n):
    await asyncio.gather(interrupted(n), asyncio.sleep(10))


for n in (1, 4):
    try:
        asyncio.run(gathers(n))
    except (KeyboardInterrupt, SystemExit) as e:
        print("asyncio.run ended by", type(e).__name__, e.args)

runner = asyncio.Runner()
try:
    runner.run(gathers(1))
except KeyboardInterrupt:
    print("runner.run: KeyboardInterrupt")
try:
    runner.close()
    print("runner closed", runner.get_loop().is_closed() if False else "")
except KeyboardInterrupt:
    print("runner.close: KeyboardInterrupt")
