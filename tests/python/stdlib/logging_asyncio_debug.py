# The 'asyncio' logger's debug line for each new event loop, as logging.basicConfig(DEBUG) shows it
import asyncio
import logging
import sys

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format="%(levelname)s %(name)s %(module)s.%(funcName)s:%(lineno)d %(filename)s %(message)s")
log = logging.getLogger("app")


async def main():
    log.info("in main")
    await asyncio.sleep(0.1)


asyncio.run(main())
loop = asyncio.new_event_loop()
loop.close()
logging.getLogger("asyncio").setLevel(logging.INFO)
asyncio.run(main())
logging.getLogger("asyncio").setLevel(logging.NOTSET)
logging.getLogger().setLevel(logging.WARNING)
asyncio.run(main())
print("end")
