# Python 3.14's call graph introspection: capture_call_graph, format_call_graph, print_call_graph.
# CPython 3.11 has none of these: the expected output follows 3.14's graph.py format (checked by
# hand; ids masked). asyncio's own awaitables are native here, so stacks end in the script.
import asyncio
import io
import re


def show(text):
    print(re.sub(r"id=0x[0-9a-f]+", "id=ID", text.replace(__file__, "main.py")))


async def leaf(label):
    show(asyncio.format_call_graph())
    await asyncio.sleep(1)
    return label


async def middle(label):
    return await leaf(label)


async def in_group():
    async with asyncio.TaskGroup() as group:
        group.create_task(middle("grouped"), name="grouped")


async def waits_for(task):
    return await asyncio.wait_for(task, 10)


async def main():
    print("-- a TaskGroup's child, from inside")
    await in_group()

    print("-- a task awaited by a task through wait_for, seen from outside")
    inner = asyncio.create_task(asyncio.sleep(5), name="sleeper")
    outer = asyncio.create_task(waits_for(inner), name="outer")
    await asyncio.sleep(0)
    show(asyncio.format_call_graph(inner))

    print("-- gather's children")
    gathered = asyncio.gather(middle("a"), middle("b"))
    await asyncio.sleep(0.5)
    graph = asyncio.capture_call_graph(gathered)
    print(type(graph).__name__, graph.call_stack, len(graph.awaited_by))
    outer.cancel()

    print("-- one future, two waiting tasks, limit=0")
    fut = asyncio.get_running_loop().create_future()

    async def waiter():
        return await fut

    tasks = [asyncio.create_task(waiter(), name=f"waiter{i}") for i in range(2)]
    await asyncio.sleep(0)
    graph = asyncio.capture_call_graph(fut, limit=0)
    print(sorted(g.future.get_name() for g in graph.awaited_by), [g.call_stack for g in graph.awaited_by])
    fut.set_result("done")
    print(await asyncio.gather(*tasks), await gathered)

    print("-- the current task, depth and limit")
    graph = asyncio.capture_call_graph()
    print(graph.future is asyncio.current_task(), [e.frame.f_code.co_name for e in graph.call_stack])
    print(asyncio.format_call_graph(limit=0).count("\n"))
    buffer = io.StringIO()
    asyncio.print_call_graph(file=buffer, limit=1)
    show(buffer.getvalue())

    print("-- from a plain callback: no current task")
    done = asyncio.Event()
    asyncio.get_running_loop().call_soon(lambda: (print(repr(asyncio.format_call_graph())), done.set()))
    await done.wait()

    print("-- errors")
    try:
        asyncio.capture_call_graph(42)
    except TypeError as exc:
        print("TypeError:", exc)
    entry = graph.call_stack[0]
    try:
        entry.frame = None
    except AttributeError as exc:
        print(type(exc).__name__)


asyncio.run(main())
try:
    asyncio.capture_call_graph()
except RuntimeError as exc:
    print("RuntimeError:", exc)
print(repr(asyncio.format_call_graph(asyncio.Future(loop=asyncio.new_event_loop()))).startswith("'* Future(id=0x"))
