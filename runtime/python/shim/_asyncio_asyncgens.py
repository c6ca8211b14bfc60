# loop.shutdown_asyncgens() (asyncio/asyncgens.c gives it the loop's unfinished async generators,
# already taken out of its registry): CPython 3.11's BaseEventLoop.shutdown_asyncgens.
import asyncio

__all__ = ["shutdown_asyncgens"]


async def shutdown_asyncgens(loop, closing_agens):
    if not closing_agens:
        return
    # (gather wraps each aclose() awaitable in a task, as CPython's ensure_future does)
    results = await asyncio.gather(*[_await(ag.aclose()) for ag in closing_agens], return_exceptions=True)
    for result, agen in zip(results, closing_agens):
        if isinstance(result, Exception):
            loop.call_exception_handler({
                "message": f"an error occurred during closing of asynchronous generator {agen!r}",
                "exception": result,
                "asyncgen": agen,
            })


async def _await(awaitable):
    return await awaitable
