# `from asyncio import *` brings asyncio.__all__'s names, the shim-served ones (StreamReader,
# StreamWriter, Protocol, the policies) included; a module's __all__ decides what `*` imports.
from asyncio import *


async def handle(reader: StreamReader, writer: StreamWriter):
    writer.close()


async def main():
    print(StreamReader.__name__, StreamWriter.__name__, Protocol.__name__, Queue.__name__)
    print(DefaultEventLoopPolicy.__name__, sleep.__name__, TimeoutError.__name__)
    reader = StreamReader()
    reader.feed_data(b"hi\n")
    reader.feed_eof()
    print(await reader.readline())
    await sleep(0)


run(main())
import asyncio
print("StreamReader" in asyncio.__all__, "Protocol" in asyncio.__all__, "sleep" in asyncio.__all__)
print("subprocess" in dir(), "exceptions" in dir(), "events" in dir())
