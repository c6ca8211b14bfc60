# realtime
# Each thread has its own current event loop, as with CPython's default policy: a thread other than
# the main one has none until it sets one (get_event_loop() raises, naming the thread), and what it
# sets (set_event_loop, asyncio.run, Runner) leaves the main thread's loop alone.
import asyncio
import threading

main_loop = asyncio.new_event_loop()
asyncio.set_event_loop(main_loop)


async def where():
    await asyncio.sleep(0)
    return threading.current_thread().name


def no_loop():
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print("RuntimeError:", e)


def own_loop():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    print("own loop is current:", asyncio.get_event_loop() is loop, loop is not main_loop)
    print("ran in", loop.run_until_complete(where()))
    asyncio.set_event_loop(None)
    loop.close()
    no_loop()


def runs():
    print("asyncio.run in", asyncio.run(where()))
    no_loop()
    with asyncio.Runner() as runner:
        print("runner loop is current:", asyncio.get_event_loop() is runner.get_loop())
    no_loop()


for target, name in ((no_loop, "Worker-A"), (own_loop, "Worker-B"), (runs, "Worker-C")):
    t = threading.Thread(target=target, name=name)
    t.start()
    t.join()

print("main loop still current:", asyncio.get_event_loop() is main_loop)
print(main_loop.run_until_complete(where()))
main_loop.close()
