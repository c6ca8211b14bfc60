# loop.add_signal_handler: the handler runs as a loop callback when the signal arrives
import asyncio
import os
import signal


def on_signal(name, stop):
    print("handler:", name)
    stop.set()


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGUSR1, on_signal, "usr1", stop)
    loop.add_signal_handler(signal.SIGTERM, lambda: print("term"))
    print("sending")
    os.kill(os.getpid(), signal.SIGUSR1)
    print("sent, handler not run yet")
    await stop.wait()
    print("stopped")
    print(loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)
    for bad in ("x", 0, 999):
        try:
            loop.add_signal_handler(bad, print)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)

    async def coro():
        pass

    try:
        loop.add_signal_handler(signal.SIGINT, coro)
    except TypeError as e:
        print("TypeError", e)
    try:
        loop.add_signal_handler(signal.SIGKILL, print)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        os.kill(424242, signal.SIGTERM)
    except ProcessLookupError as e:
        print(repr(e), e.errno)
    signal.raise_signal(signal.SIGTERM)
    await asyncio.sleep(0)
    print(loop.remove_signal_handler(signal.SIGTERM))
    print(signal.SIGTERM, repr(signal.SIGTERM), signal.SIGTERM.name)


asyncio.run(main())
