# expect: ok
# exit: 3
import asyncio, sys
async def main():
    async def t():
        print('ok')
        sys.exit(3)
    await asyncio.create_task(t())
asyncio.run(main())
