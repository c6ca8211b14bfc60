# Runner(debug=) sets its loop's debug mode when the loop is made (None leaves the default), as
# asyncio.run(debug=) does; the loop closes with the runner.
import asyncio


async def state():
    loop = asyncio.get_running_loop()
    return loop.get_debug()


for debug in (None, True, False):
    with asyncio.Runner(debug=debug) as runner:
        loop = runner.get_loop()
        print(debug, loop.get_debug(), runner.run(state()))
        loop.set_debug(not loop.get_debug())
        print("after set_debug:", runner.run(state()))
    print("closed:", loop.is_closed())

runner = asyncio.Runner(debug=True)
print("lazy:", runner.run(state()))
runner.close()
print(asyncio.run(state(), debug=True), asyncio.run(state()))
try:
    asyncio.Runner(True)
except TypeError as e:
    print("TypeError")
