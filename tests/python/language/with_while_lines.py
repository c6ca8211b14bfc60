# Lines as CPython numbers them: a `with` block's exit and a task waiting in an `async with`'s
# __aexit__ belong to the `with` line; a `while` condition evaluated after the body to the
# `while` line.
import asyncio
import traceback


def lines_of(exc):
    return [frame.lineno for frame in traceback.extract_tb(exc.__traceback__)]


class FailingExit:
    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        raise RuntimeError("exit failed")


def with_block():
    with FailingExit():
        first = 1
        second = 2


def while_condition(items):
    while items.pop():
        kept = True
        more = 1


async def child():
    await asyncio.sleep(1)


async def in_group():
    async with asyncio.TaskGroup() as group:
        group.create_task(child())
        marker = 1


async def main():
    task = asyncio.create_task(in_group())
    await asyncio.sleep(0.5)
    print(task.get_coro().cr_frame.f_lineno, repr(task).split(" coro=")[1].split(">")[0].split(":")[-1])
    await task


for call in (with_block, lambda: while_condition([1, 2])):
    try:
        call()
    except (RuntimeError, IndexError) as exc:
        print(type(exc).__name__, lines_of(exc)[1:])
asyncio.run(main())
