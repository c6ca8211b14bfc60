# Task.get_stack() and Task.print_stack(): a pending task's suspended frame, a failed task's
# traceback, none once done; print_stack's header and lines as CPython 3.11 prints them.
import asyncio
import io


def show_stack(task, **kw):
    buffer = io.StringIO()
    task.print_stack(file=buffer, **kw)
    print(buffer.getvalue().replace(__file__, "main.py"), end="")


async def inner():
    await asyncio.sleep(1)


async def work():
    await inner()


async def boom():
    await asyncio.sleep(0)
    raise ValueError("bad")


async def main():
    t = asyncio.create_task(work(), name="work")
    b = asyncio.create_task(boom(), name="boom")
    print([f.f_code.co_name for f in t.get_stack()])
    await asyncio.sleep(0.1)
    stack = t.get_stack()
    print(len(stack), stack[0].f_code.co_name, stack[0].f_lineno)
    show_stack(t)
    print([(f.f_code.co_name, f.f_lineno) for f in b.get_stack()])
    show_stack(b)
    show_stack(b, limit=1)
    print(t.get_stack(limit=0))
    await t
    print(t.get_stack())
    show_stack(t)
    try:
        t.get_stack(1)
    except TypeError:
        print("TypeError")
    try:
        await b
    except ValueError as exc:
        print("caught", exc)


asyncio.run(main())
