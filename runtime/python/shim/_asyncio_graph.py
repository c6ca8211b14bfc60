# Python 3.14's call graph introspection (asyncio/graph.py there): capture_call_graph(),
# format_call_graph(), print_call_graph() and their two dataclasses, printed as 3.14 prints them.
# The asyncio module serves these names (shim/_asyncio_events.py's __getattr__).
#
# Who awaits a future comes from the runtime (_lsgraph.awaited_by, CPython's _asyncio_awaited_by:
# a task suspended on it, a gather over it, the parent task of the TaskGroup it belongs to); a
# task's call stack from its coroutines' await chain (_lsinspect.await_chain) and, for the task
# that asks, the frames of the functions above its innermost coroutine. asyncio's own awaitables
# are native here (sleep, a TaskGroup's exit, Lock.acquire): a stack ends at the script's
# innermost coroutine, where CPython's would go on into asyncio's Python source.

import _frame_objects
import _lsgraph
import asyncio
import _lsinspect
import dataclasses
import sys

__all__ = ("capture_call_graph", "format_call_graph", "print_call_graph", "FrameCallGraphEntry",
           "FutureCallGraph")


@dataclasses.dataclass(frozen=True, slots=True)
class FrameCallGraphEntry:
    frame: object


@dataclasses.dataclass(frozen=True, slots=True)
class FutureCallGraph:
    future: object
    call_stack: tuple
    awaited_by: tuple


FrameCallGraphEntry.__module__ = "asyncio.graph"
FutureCallGraph.__module__ = "asyncio.graph"


def _coroutine_frame(coro):
    # cr_frame / gi_frame / ag_frame, made to know the coroutine it runs (f_generator)
    for name in ("cr_frame", "gi_frame", "ag_frame"):
        frame = getattr(coro, name, None)
        if frame is not None:
            frame.f_generator = coro
            return frame
    return None


def _trim(stack, limit):
    # stack is innermost first; a positive limit keeps the innermost entries, a negative one the
    # outermost
    if limit is None:
        return tuple(stack)
    if limit > 0:
        return tuple(stack[:limit])
    if limit < 0:
        return tuple(stack[limit:])
    return ()


def _check_future(future):
    if not isinstance(future, asyncio.Future):
        raise TypeError("%r object does not appear to be compatible with asyncio.Future" % (future,))


def _awaited_by(future, limit, seen):
    graphs = []
    for parent in _lsgraph.awaited_by(future):
        if parent in seen:
            continue  # futures awaiting each other: CPython would recurse until it failed
        graphs.append(_build_graph_for_future(parent, limit, seen | {parent}))
    return tuple(graphs)


def _build_graph_for_future(future, limit, seen):
    _check_future(future)
    stack = []
    get_coro = getattr(future, "get_coro", None)
    coro = get_coro() if get_coro is not None and limit != 0 else None
    if coro is not None and not future.done():
        for link in _lsinspect.await_chain(coro):
            frame = _coroutine_frame(link)
            if frame is not None:
                stack.append(FrameCallGraphEntry(frame))
    stack.reverse()
    return FutureCallGraph(future, _trim(stack, limit), _awaited_by(future, limit, seen))


def _running_stack(task, depth):
    # The frames above the task's innermost coroutine (innermost first, without this module's and
    # the standard modules' frames at the inner end), then its coroutines, innermost first.
    entries = _lsinspect.stack()
    start = 0
    while start < len(entries) and entries[start][0].startswith("<stdlib>"):
        start += 1
    entries = entries[start + depth - 1:]
    chain = _lsinspect.await_chain(task.get_coro())
    stack = []
    for i, (filename, line, name) in enumerate(entries):
        # the outermost entry is the frame of the innermost coroutine itself
        owner = chain[-1] if chain and i == len(entries) - 1 else None
        code = getattr(owner, "cr_code", None) or _frame_objects.code(name, filename)
        stack.append(FrameCallGraphEntry(_frame_objects.frame(code, line, owner)))
    for coro in reversed(chain[:-1] if entries else chain):
        frame = _coroutine_frame(coro)
        if frame is not None:
            stack.append(FrameCallGraphEntry(frame))
    return stack


def capture_call_graph(future=None, /, *, depth=1, limit=None):
    """The async call graph of the current task, or of `future`: a FutureCallGraph(future,
    call_stack, awaited_by), or None when there is no current task and no future was given."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        loop = None
    if future is not None:
        if loop is None or future is not asyncio.current_task(loop):
            return _build_graph_for_future(future, limit, {future})
    else:
        if loop is None:
            raise RuntimeError("capture_call_graph() is called outside of a running event loop "
                               "and no *future* to introspect was provided")
        future = asyncio.current_task(loop)
    if future is None:
        return None
    _check_future(future)
    stack = _running_stack(future, depth) if limit != 0 else []
    return FutureCallGraph(future, _trim(stack, limit), _awaited_by(future, limit, {future}))


def _frame_line(frame):
    code = frame.f_code
    generator = getattr(frame, "f_generator", None)
    if generator is None:
        return "  |   File %r, line %d, in %s()" % (code.co_filename, frame.f_lineno, code.co_qualname)
    if hasattr(generator, "cr_code"):
        tag, code = "async", generator.cr_code
    elif hasattr(generator, "ag_code"):
        tag, code = "async generator", generator.ag_code
    else:
        tag, code = "generator", generator.gi_code
    return "  |   File %r, line %d, in %s %s()" % (code.co_filename, frame.f_lineno, tag, code.co_qualname)


def _render(graph, lines, level):
    indent = "    " * level
    if isinstance(graph.future, asyncio.Task):
        lines.append("%s* Task(name=%r, id=%#x)" % (indent, graph.future.get_name(), id(graph.future)))
    else:
        lines.append("%s* Future(id=%#x)" % (indent, id(graph.future)))
    if graph.call_stack:
        lines.append(indent + "  + Call stack:")
        for entry in graph.call_stack:
            lines.append(indent + _frame_line(entry.frame))
    if graph.awaited_by:
        lines.append(indent + "  + Awaited by:")
        for parent in graph.awaited_by:
            _render(parent, lines, level + 1)


def format_call_graph(future=None, /, *, depth=1, limit=None):
    """print_call_graph()'s text, without the final newline ("" when there is nothing to show)."""
    graph = capture_call_graph(future, depth=depth + 1, limit=limit)
    if graph is None:
        return ""
    lines = []
    _render(graph, lines, 0)
    return "\n".join(lines)


def print_call_graph(future=None, /, *, file=None, depth=1, limit=None):
    """Prints the async call graph of the current task or of `future` (to sys.stdout)."""
    print(format_call_graph(future, depth=depth + 1, limit=limit), file=file)
