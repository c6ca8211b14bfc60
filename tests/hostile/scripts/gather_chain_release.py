# expect: ok
# gather(gather(...)) 100000 deep, awaited to its end and let go: taking the chain apart is a loop
# (aio/detail/ref.hpp), not one nested C++ destructor per level, which overflowed V8's stack in
# wasm at 20000 levels and a native thread's at a few hundred thousand.
import asyncio


async def main():
    inner = asyncio.get_running_loop().create_future()
    g = inner
    for _ in range(100_000):
        g = asyncio.gather(g)
    inner.set_result(1)
    result = await g
    depth = 0
    while isinstance(result, list):
        result = result[0]
        depth += 1
    assert (depth, result) == (100_000, 1), (depth, result)
    del g, result
    print("ok")


asyncio.run(main())
