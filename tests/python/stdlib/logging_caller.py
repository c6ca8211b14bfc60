# A log record names the script's code that logged it: %(funcName)s, %(lineno)d, %(filename)s and
# %(module)s, from the module body, functions, methods, coroutines and LoggerAdapter, as CPython's.
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)-7s %(filename)s:%(lineno)d %(funcName)s [%(module)s] %(message)s")
log = logging.getLogger("app")
log.setLevel(logging.DEBUG)

log.info("module level")


def helper(x):
    log.debug("helper got %s", x)
    return x * 2


class Service:
    def start(self):
        logging.warning("starting %s", type(self).__name__)

    async def serve(self, n):
        for i in range(n):
            await asyncio.sleep(0.1)
            log.info("served %d", i)


async def main():
    helper(21)
    await Service().serve(2)
    adapter = logging.LoggerAdapter(log, {"user": "ann"})
    adapter.error("through an adapter")


Service().start()
asyncio.run(main())
logging.getLogger().critical("done")
