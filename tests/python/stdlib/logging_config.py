# logging as asyncio code uses it: basicConfig with a format and datefmt, named loggers in a
# hierarchy, %(asctime)s on the run's clock, %(threadName)s, handlers with their own formatters.
import asyncio
import logging
import sys

print(logging.root, logging.getLogger() is logging.root, logging.root.handlers)
print(logging.getLevelName(logging.INFO), logging.getLevelName(35), logging.getLevelName("ERROR"))

logging.basicConfig(
    level=logging.INFO,
    format="%(asctime)s %(levelname)-8s [%(threadName)s] %(name)s: %(message)s",
    datefmt="%H:%M:%S",
    stream=sys.stdout,
)
print(logging.root.handlers)
log = logging.getLogger("app")
log.setLevel(logging.DEBUG)
db = logging.getLogger("app.db")
print(db.parent is log, log.parent is logging.root, db, log.getEffectiveLevel())
log.info("starting %d workers", 3)
db.debug("connected to %s", "memory")
logging.warning("root warning with %(key)s", {"key": "a mapping"})

net = logging.getLogger("app.net.http")
mid = logging.getLogger("app.net")
print(net.parent is mid, mid.parent is log)

quiet = logging.getLogger("quiet")
quiet.setLevel(logging.ERROR)
quiet.info("not shown")
quiet.error("shown: %s", "error")
print(quiet.isEnabledFor(logging.INFO), quiet.isEnabledFor(logging.CRITICAL), repr(quiet))

alone = logging.getLogger("alone")
alone.propagate = False
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("{levelname}|{name}|{message}", style="{"))
alone.addHandler(handler)
alone.warning("own handler, {} style")
print(alone.hasHandlers(), logging.getLogger("nobody").hasHandlers())

filtered = logging.getLogger("app.filtered")
filtered.addFilter(lambda record: "secret" not in record.getMessage())
filtered.info("public message")
filtered.info("secret message")

adapter = logging.LoggerAdapter(logging.getLogger("app.adapter"), {"conn": 7})
adapter.info("through an adapter")

try:
    raise ValueError("boom")
except ValueError as exc:
    fmt = logging.Formatter("%(levelname)s %(message)s")
    record = logging.getLogger("x").makeRecord("x", logging.ERROR, "f.py", 1, "failed: %s", ("it",),
                                               (ValueError, exc, None))
    text = fmt.format(record)
    print(text.splitlines()[0], "|", text.splitlines()[1], "|", text.splitlines()[-1])

default = logging.Formatter()
print(default.format(logging.makeLogRecord({"msg": "plain %s", "args": ("text",)})))
stamp = logging.Formatter("%(asctime)s %(message)s")
print(stamp.format(logging.makeLogRecord({"msg": "at", "created": 3723.25, "msecs": 250.0})))
print(logging.Formatter("%(asctime)s", "%Y/%m/%d %a %b %j").format(logging.makeLogRecord({"created": 86400 * 400.5})))


async def worker(name, delay):
    wlog = logging.getLogger("app.worker." + name)
    wlog.info("sleeping %.1fs", delay)
    await asyncio.sleep(delay)
    wlog.info("done")
    return name


async def main():
    results = await asyncio.gather(worker("a", 1.5), worker("b", 0.5))
    log.info("results: %s", results)


asyncio.run(main())
logging.getLogger("app").handlers.clear()
logging.disable(logging.INFO)
log.info("disabled")
log.warning("still shown")
