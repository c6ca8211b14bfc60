# logging without configuration writes to stderr (compared here through what stdout does not get):
# a named logger goes to the last-resort handler, a module-level call configures the root logger.
import logging
import sys

logging.getLogger("unconfigured").warning("to stderr through lastResort")
logging.getLogger("unconfigured").info("dropped: below WARNING")
print("root handlers before:", logging.root.handlers)
logging.warning("to stderr through the root handler")
print("root handlers after:", logging.root.handlers)
handler = logging.root.handlers[0]
print(handler.stream is sys.stderr, handler.formatter._fmt, logging.lastResort.level)
try:
    1 / 0
except ZeroDivisionError:
    logging.exception("division failed")
logging.basicConfig(level=logging.DEBUG, stream=sys.stdout)
print("ignored basicConfig:", logging.root.handlers, logging.root.level)
logging.basicConfig(level=logging.DEBUG, stream=sys.stdout, force=True, format="%(levelno)s %(message)s")
logging.debug("after force: %s", logging.root.handlers)
try:
    logging.basicConfig(bogus=1, force=True)
except ValueError as e:
    print("ValueError:", e)
try:
    logging.getLogger().setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
