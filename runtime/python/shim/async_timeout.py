# async_timeout: timeout(delay) for `async with`: asyncio.timeout of Python 3.11 under its older
# name (TimeoutError when the block runs longer than `delay` seconds; None: no limit).
import asyncio

__all__ = ["timeout", "timeout_at"]
__version__ = "4.0.3"


def timeout(delay):
    return asyncio.timeout(delay)


def timeout_at(deadline):
    return asyncio.timeout_at(deadline)
