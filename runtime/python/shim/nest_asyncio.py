# nest_asyncio (1.5's API) for Loopscope: apply() makes the run's event loops reentrant, so
# loop.run_until_complete() and asyncio.run() called while that loop is running (from a task or a
# callback, as a notebook cell does inside Jupyter's loop) run it nested until their coroutine is
# done, and return its result, instead of raising "This event loop is already running".
#
# The nesting is done by the runtime (asyncio/runners.cpp over aio::run_nested_until);
# it holds for every loop of the run from apply() on (nest_asyncio patches the loop it is given
# and asyncio.run). Without apply(), CPython's RuntimeError stays. In the playground a nested run
# needs the virtual clock: the page cannot wait for real time in the middle of a step.
import _lsnest
import asyncio

__all__ = ["apply"]


def apply(loop=None):
    """Patch asyncio to make its event loop reentrant."""
    if loop is not None and not hasattr(loop, "run_until_complete"):
        raise ValueError("Can't patch loop of type %s" % type(loop))
    _lsnest.allow_nested_runs()
