# atexit: callbacks run after the main program (and its asyncio.run) in LIFO order; unregister
import asyncio
import atexit


def goodbye(name, adjective="nice"):
    print("Goodbye %s, it was %s to meet you." % (name, adjective))


@atexit.register
def first():
    print("first registered, runs last")


def never():
    print("unregistered: never runs")


def broken():
    raise ValueError("callback failed")


atexit.register(goodbye, "Donny", "nice")
atexit.register(never)
atexit.register(goodbye, adjective="great", name="Marco")
atexit.register(never)
atexit.unregister(never)
atexit.register(broken)


async def main():
    atexit.register(print, "registered inside a task")
    await asyncio.sleep(1)
    print("main done at", asyncio.get_running_loop().time())


asyncio.run(main())
print("end of script")
