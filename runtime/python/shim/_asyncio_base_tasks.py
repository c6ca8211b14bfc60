# Task.get_stack() and Task.print_stack(), as CPython 3.11's base_tasks.py writes them (the Task
# methods call these: asyncio/task_stacks.c).
#
# A pending task's stack is the one frame its coroutine is suspended in (a coroutine's frame has no
# caller across an await in CPython either); a failed task's is its exception's traceback; a task
# that finished otherwise has none. Frames know their code and line (shim/_frame_objects.py).

import _lsgraph
import sys

__all__ = ["get_stack", "print_stack"]


def _suspended_frame(task):
    coro = task.get_coro()
    if coro is None:
        return None
    for name in ("cr_frame", "gi_frame", "ag_frame"):
        if hasattr(coro, name):
            return getattr(coro, name)
    return None


def get_stack(task, *, limit=None):
    frames = []
    frame = _suspended_frame(task) if not task.done() else None
    if frame is not None:
        while frame is not None:
            if limit is not None:
                if limit <= 0:
                    break
                limit -= 1
            frames.append(frame)
            frame = frame.f_back
        frames.reverse()
    else:
        exc = _lsgraph.exception(task)
        tb = exc.__traceback__ if exc is not None else None
        while tb is not None:
            if limit is not None:
                if limit <= 0:
                    break
                limit -= 1
            frames.append(tb.tb_frame)
            tb = tb.tb_next
    return frames


def print_stack(task, *, limit=None, file=None):
    import traceback
    extracted = []
    for frame in get_stack(task, limit=limit):
        code = frame.f_code
        line = traceback._source_line(code.co_filename, frame.f_lineno)
        extracted.append((code.co_filename, frame.f_lineno, code.co_name, line))
    exc = _lsgraph.exception(task)
    if file is None:
        file = sys.stderr
    if not extracted:
        print("No stack for %r" % (task,), file=file)
    elif exc is not None:
        print("Traceback for %r (most recent call last):" % (task,), file=file)
    else:
        print("Stack for %r (most recent call last):" % (task,), file=file)
    traceback.print_list(extracted, file=file)
    if exc is not None:
        for line in traceback.format_exception_only(exc.__class__, exc):
            print(line, file=file, end="")
