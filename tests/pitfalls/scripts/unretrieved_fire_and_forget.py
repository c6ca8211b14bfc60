# unretrieved-exception: tasks started and forgotten; one of them fails.
import asyncio


async def parse(text):
    return int(text)


async def main():
    for text in ["1", "two", "3"]:
        asyncio.create_task(parse(text))
    await asyncio.sleep(0.01)
    print("parsed")


asyncio.run(main())
