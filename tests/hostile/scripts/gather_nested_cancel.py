# expect: RuntimeError
# gather(gather(...)) 10^5 deep, cancelled: as a cancel chain.
import asyncio
async def main():
    g = asyncio.get_running_loop().create_future()
    for _ in range(10**5):
        g = asyncio.gather(g)
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('cancelled')
    print('ok')
asyncio.run(main())
