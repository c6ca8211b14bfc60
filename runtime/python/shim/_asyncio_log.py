# What CPython's asyncio logs on its 'asyncio' logger that a script can see: the debug line a new
# event loop writes ("Using selector: EpollSelector", from selector_events.py's BaseSelectorEventLoop
# __init__), and the default exception handler's reports (loop_error, from src/session.cpp). asyncio/loop.c calls loop_created() for each new loop once the script has imported
# logging; the record carries CPython's module, function and line, so formats with %(module)s,
# %(funcName)s or %(lineno)d print what they print with CPython.
import sys

__all__ = ["loop_created", "loop_error"]

_SELECTOR_EVENTS = "/usr/lib/python3.11/asyncio/selector_events.py"
_BASE_EVENTS = "/usr/lib/python3.11/asyncio/base_events.py"


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


def loop_error(text, exc):
    # The default exception handler (base_events.py's default_exception_handler): logger.error
    # with the exception's traceback; a script's basicConfig format and stream apply.
    logging = sys.modules.get("logging")
    if logging is None:
        return False
    logger = logging.getLogger("asyncio")
    if logger.isEnabledFor(logging.ERROR):
        exc_info = (type(exc), exc, exc.__traceback__) if exc is not None else None
        record = logger.makeRecord(logger.name, logging.ERROR, _BASE_EVENTS, 1771, text, (), exc_info,
                                   "default_exception_handler")
        logger.handle(record)
    return True
