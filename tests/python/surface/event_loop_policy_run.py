# A policy set with asyncio.set_event_loop_policy makes the loops of asyncio.run() and
# asyncio.new_event_loop() (CPython's Runner calls events.new_event_loop() and sets the loop through
# the policy; at the end it sets None): its exception handler is the one that runs.
# expected/event_loop_policy_run.out is `python3 event_loop_policy_run.py`: under vtime.py the
# script's policy replaces the virtual one (its loops run on real time; the output is the same).
import asyncio

policy_loops = []


def handler(loop, context):
    print("handler:", type(context.get("exception")).__name__, loop in policy_loops)


class MyPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        print("policy makes a loop")
        loop = super().new_event_loop()
        loop.set_exception_handler(handler)
        policy_loops.append(loop)
        return loop

    def set_event_loop(self, loop):
        print("policy sets", "a loop" if loop is not None else None)
        super().set_event_loop(loop)


async def forever():
    try:
        await asyncio.sleep(100)
    finally:
        print("forever cancelled")


async def main():
    loop = asyncio.get_running_loop()
    print("running on the policy's loop:", loop in policy_loops, loop.get_debug())
    print(asyncio.get_event_loop() is loop)
    if loop in policy_loops:
        loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0.1)
    asyncio.create_task(forever())
    await asyncio.sleep(0)
    return "result"


asyncio.set_event_loop_policy(MyPolicy())
print(type(asyncio.get_event_loop_policy()).__name__)
print(asyncio.run(main()))
print(asyncio.run(main(), debug=True))
loop = asyncio.new_event_loop()
print(loop in policy_loops)
print(loop.run_until_complete(asyncio.sleep(0, "direct")))
loop.close()
asyncio.set_event_loop_policy(None)
print(type(asyncio.get_event_loop_policy()).__name__)
print(asyncio.run(main()))
print(len(policy_loops))
