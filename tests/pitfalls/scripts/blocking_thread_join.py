# blocking-call: joining a thread on the loop thread holds the loop until the thread ends.
import asyncio
import threading
import time


def work():
    time.sleep(0.2)


async def main():
    t = threading.Thread(target=work)
    t.start()
    t.join()
    print("joined")


asyncio.run(main())
