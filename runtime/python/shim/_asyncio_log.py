# What CPython's asyncio logs on its 'asyncio' logger that a script can see: the debug line a new
# event loop writes ("Using selector: EpollSelector", from selector_events.py's BaseSelectorEventLoop
# __init__). asyncio/loop.c calls loop_created() for each new loop once the script has imported
# logging; the record carries CPython's module, function and line, so formats with %(module)s,
# %(funcName)s or %(lineno)d print what they print with CPython.
import sys

__all__ = ["loop_created"]

_SELECTOR_EVENTS = "/usr/lib/python3.11/asyncio/selector_events.py"


def loop_created(virtual_time):
    logging = sys.modules.get("logging")
    if logging is None:
        return
    logger = logging.getLogger("asyncio")
    if not logger.isEnabledFor(logging.DEBUG):
        return
    # (the conformance harness's virtual-time loop selects with a VirtualSelector)
    selector = "VirtualSelector" if virtual_time else "EpollSelector"
    record = logger.makeRecord(logger.name, logging.DEBUG, _SELECTOR_EVENTS, 54, "Using selector: %s",
                               (selector,), None, "__init__")
    logger.handle(record)
