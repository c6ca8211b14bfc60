# TimerHandles compare by their time as CPython's do (sorting and heapq work on them), are equal
# when time, callback, arguments and cancelled state are, and hash as their time; a plain Handle
# has none of that (only identity).
import asyncio
import heapq


def cb(*args):
    pass


async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    late = loop.call_at(now + 3, cb, "late")
    early = loop.call_at(now + 1, cb, "early")
    middle = loop.call_later(2, cb, "middle")
    print(early < middle, middle < early, late > middle, early > late)
    print(early <= middle, late >= middle, middle <= early)
    ordered = sorted([late, early, middle])
    print([h.when() - now for h in ordered])
    heap = [late, middle, early]
    heapq.heapify(heap)
    print(heapq.heappop(heap).when() - now)
    twin_a = loop.call_at(now + 5, cb, 1)
    twin_b = loop.call_at(now + 5, cb, 1)
    other = loop.call_at(now + 5, cb, 2)
    print(twin_a == twin_b, twin_a != twin_b, twin_a == other, twin_a <= twin_b, twin_a >= twin_b)
    print(hash(twin_a) == hash(twin_b) == hash(now + 5), len({twin_a, twin_b, other}))
    twin_a.cancel()
    print(twin_a == twin_b)
    twin_b.cancel()
    other.cancel()
    print(twin_a == twin_b, twin_b == other)
    print(early == "early", early != 1)
    for bad in (1, "x", None):
        try:
            early > bad
        except TypeError:
            print("TypeError for", type(bad).__name__)
    soon_a = loop.call_soon(cb)
    soon_b = loop.call_soon(cb)
    print(soon_a == soon_b, soon_a == soon_a)
    try:
        soon_a < soon_b
    except TypeError as e:
        print("TypeError:", e)
    for h in (late, early, middle):
        h.cancel()


asyncio.run(main())
