# Notebook mode: the body's names are the module's globals, seen by functions, global statements and del.
import asyncio
x = 1
async def f():
    return x + 1
del x
try:
    await f()
except NameError as e:
    print('NameError', e)
x = 5
print(await f())
print(__name__, [k for k in globals() if not k.startswith('__')])
import sys
async def outer():
    global y
    y = await f()
await outer()
print(y)
class C:
    async def m(self):
        return 'm'
print(await C().m())
print(await asyncio.wait_for(f(), 1))
