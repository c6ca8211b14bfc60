# expect: ok
# gathers left pending when the run ends (of a future nobody completes, of a task that sleeps on,
# nested): each is a cycle with its children's done callbacks, which the closing loop breaks (the
# ASan build's leak checker reported it before).
import asyncio


async def sleeper():
    await asyncio.sleep(3600)


async def main():
    loop = asyncio.get_running_loop()
    never = loop.create_future()
    pending = [asyncio.gather(never), asyncio.gather(asyncio.gather(loop.create_future()))]
    pending.append(asyncio.gather(sleeper(), return_exceptions=True))
    await asyncio.sleep(0)
    print("ok")


asyncio.run(main())
