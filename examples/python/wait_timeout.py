"""wait with a timeout, then cancel the stragglers

`asyncio.wait(tasks, timeout=...)` returns when the timeout passes (or everything is done) and splits
the tasks into done and pending sets. It never cancels anything and never raises TimeoutError:
cancelling what is still pending is up to you. `return_when=FIRST_COMPLETED` returns as soon as one
task is done.
"""
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(f"job{i}", d), name=f"job{i}") for i, d in enumerate([0.5, 1.0, 2.0, 3.0])]
    done, pending = await asyncio.wait(tasks, timeout=1.2)
    print(f"{loop.time():.1f} done: {sorted(t.result() for t in done)}")
    print(f"{loop.time():.1f} pending: {sorted(t.get_name() for t in pending)}")
    for t in sorted(pending, key=lambda t: t.get_name()):
        print("  cancelling", t.get_name(), "->", t.cancel())
    await asyncio.wait(pending)
    print("cancelled:", [t.cancelled() for t in tasks])

    tasks = [asyncio.create_task(job(f"fast{i}", d)) for i, d in enumerate([0.7, 0.2, 0.9])]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(f"{loop.time():.1f} first completed: {[t.result() for t in done]}, still pending: {len(pending)}")
    await asyncio.wait(pending)


asyncio.run(main())
