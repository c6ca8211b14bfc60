# asyncio's submodules as CPython 3.11 lays them out (asyncio.tasks, asyncio.locks, ...): scripts
# write `from asyncio.tasks import Task` or `import asyncio.events`. The names live in the native
# `asyncio` module; each submodule is made on first use (the module's __getattr__, asyncio/events.c,
# and the import of a built-in package's submodule, patch 0355) with the names CPython's file
# exports. `asyncio.exceptions` is native; `asyncio.subprocess` is shim/_asyncio_subprocess.py.
import sys

__all__ = ["NAMES", "module"]

NAMES = {
    "base_events": ("BaseEventLoop", "Server"),
    "coroutines": ("iscoroutinefunction", "iscoroutine"),
    "events": ("AbstractEventLoopPolicy", "AbstractEventLoop", "AbstractServer", "Handle", "TimerHandle",
               "get_event_loop_policy", "set_event_loop_policy", "get_event_loop", "set_event_loop",
               "new_event_loop", "get_child_watcher", "set_child_watcher", "_set_running_loop",
               "get_running_loop", "_get_running_loop"),
    "futures": ("Future", "wrap_future", "isfuture"),
    "locks": ("Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Barrier"),
    "log": (),
    "protocols": ("BaseProtocol", "Protocol", "DatagramProtocol", "SubprocessProtocol", "BufferedProtocol"),
    "queues": ("Queue", "PriorityQueue", "LifoQueue", "QueueFull", "QueueEmpty"),
    "runners": ("Runner", "run"),
    "selector_events": ("BaseSelectorEventLoop",),
    "streams": ("StreamReader", "StreamWriter", "StreamReaderProtocol", "open_connection", "start_server",
                "open_unix_connection", "start_unix_server"),
    "taskgroups": ("TaskGroup",),
    "tasks": ("Task", "create_task", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "wait", "wait_for",
              "as_completed", "sleep", "gather", "shield", "ensure_future", "run_coroutine_threadsafe",
              "current_task", "all_tasks", "_register_task", "_unregister_task", "_enter_task", "_leave_task"),
    "threads": ("to_thread",),
    "timeouts": ("Timeout", "timeout", "timeout_at"),
    "transports": ("BaseTransport", "ReadTransport", "WriteTransport", "Transport", "DatagramTransport",
                   "SubprocessTransport"),
    "unix_events": ("SelectorEventLoop", "AbstractChildWatcher", "SafeChildWatcher", "FastChildWatcher",
                    "PidfdChildWatcher", "MultiLoopChildWatcher", "ThreadedChildWatcher",
                    "DefaultEventLoopPolicy"),
}


def module(name):
    """The module asyncio.<name> (made once; sys.modules holds it as CPython's import does)."""
    full = "asyncio." + name
    made = sys.modules.get(full)
    if made is not None:
        return made
    import asyncio
    import types
    made = types.ModuleType(full)
    exported = []
    for attr in NAMES[name]:
        try:
            value = getattr(asyncio, attr)
        except AttributeError:
            continue  # not in this sandbox (child watchers...)
        setattr(made, attr, value)
        if not attr.startswith("_"):
            exported.append(attr)
    made.__all__ = tuple(exported)
    if name == "log":
        import logging
        made.logger = logging.getLogger("asyncio")
    sys.modules[full] = made
    return made
