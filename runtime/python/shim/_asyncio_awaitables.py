# What asyncio.ensure_future (and so gather, shield, wait_for, wait) makes of an awaitable that is
# neither a future nor a coroutine: an object whose class defines __await__. As in CPython 3.11, a
# coroutine named _wrap_awaitable awaits it, and that coroutine becomes the task
# (asyncio/futures.c asyncio_ensure_future).
__all__ = ("_wrap_awaitable",)


async def _wrap_awaitable(awaitable):
    return await awaitable
