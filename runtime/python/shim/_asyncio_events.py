# asyncio's event loop policies (CPython 3.11's events.py names), served as asyncio attributes by
# the module's __getattr__ (asyncio/events.c). The loops themselves are native: the default
# policy's methods are asyncio's functions. A policy the script sets makes the loops of
# asyncio.new_event_loop() and asyncio.run() (asyncio/loop.c is told through `_lsloop`).
import asyncio
import _lsloop

__all__ = (
    "AbstractEventLoopPolicy",
    "DefaultEventLoopPolicy",
    "get_event_loop_policy",
    "set_event_loop_policy",
    # protocols and transports (shim/_asyncio_network.py), loaded when first asked for
    "BaseProtocol",
    "Protocol",
    "BufferedProtocol",
    "DatagramProtocol",
    "SubprocessProtocol",
    "BaseTransport",
    "ReadTransport",
    "WriteTransport",
    "Transport",
    "DatagramTransport",
    "SubprocessTransport",
    "AbstractServer",
    # CPython's streams over a transport (shim/_asyncio_streams.py; the connections' own are native)
    "StreamReaderProtocol",
    "StreamReader",
    "StreamWriter",
    # subprocesses (shim/_asyncio_subprocess.py: the sandbox has none to start)
    "create_subprocess_exec",
    "create_subprocess_shell",
    "subprocess",
    # Python 3.14's call graph introspection (shim/_asyncio_graph.py)
    "capture_call_graph",
    "format_call_graph",
    "print_call_graph",
    "FrameCallGraphEntry",
    "FutureCallGraph",
)


# asyncio's submodules but exceptions and subprocess (shim/_asyncio_submodules.py): attributes of
# asyncio, not in its __all__.
submodules = ("base_events", "coroutines", "events", "futures", "locks", "log", "protocols", "queues",
              "runners", "selector_events", "streams", "taskgroups", "tasks", "threads", "timeouts",
              "transports", "unix_events")


def __getattr__(name):
    if name in submodules:
        import _asyncio_submodules
        return _asyncio_submodules.module(name)
    if name in ("create_subprocess_exec", "create_subprocess_shell", "subprocess"):
        import _asyncio_subprocess
        return getattr(_asyncio_subprocess, name)
    if name in ("capture_call_graph", "format_call_graph", "print_call_graph", "FrameCallGraphEntry",
                "FutureCallGraph"):
        import _asyncio_graph
        return getattr(_asyncio_graph, name)
    if name in ("StreamReaderProtocol", "StreamReader", "StreamWriter"):
        import _asyncio_streams
        return getattr(_asyncio_streams, name)
    import _asyncio_network
    if name in _asyncio_network.__all__:
        return getattr(_asyncio_network, name)
    raise AttributeError("module '_asyncio_events' has no attribute '%s'" % name)


class AbstractEventLoopPolicy:
    __module__ = "asyncio.events"

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


# CPython's default policy on Unix (asyncio.DefaultEventLoopPolicy names it)
class _UnixDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    __module__ = "asyncio.unix_events"

    def get_event_loop(self):
        return asyncio.get_event_loop()

    def set_event_loop(self, loop):
        asyncio.set_event_loop(loop)

    def new_event_loop(self):
        return asyncio.SelectorEventLoop()  # (asyncio.new_event_loop() asks the policy set)


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy

_policy = None


def get_event_loop_policy():
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(
            "policy must be an instance of AbstractEventLoopPolicy or None, not '%s'" % type(policy).__name__
        )
    _policy = policy
    _lsloop.set_policy(None if policy is None or type(policy) is DefaultEventLoopPolicy else policy)


def _cancel_all_tasks(loop):
    # what asyncio.run() does with the tasks main() left: cancel them, let them finish, report the
    # ones that failed otherwise to the loop's exception handler
    pending = asyncio.all_tasks(loop)
    if not pending:
        return
    for task in pending:
        task.cancel()
    loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    for task in pending:
        if not task.cancelled() and task.exception() is not None:
            loop.call_exception_handler({"message": "unhandled exception during asyncio.run() shutdown",
                                         "exception": task.exception(), "task": task})


def run_on_policy_loop(main, debug=None):
    # asyncio.run() once a script set a policy (asyncio/runners.c): CPython's Runner makes its loop
    # with the policy's new_event_loop() and sets it through the policy, then runs main() as a task
    # and closes as asyncio.run() does
    policy = get_event_loop_policy()
    loop = policy.new_event_loop()
    try:
        policy.set_event_loop(loop)
        if debug is not None:
            loop.set_debug(debug)
        return loop.run_until_complete(loop.create_task(main))
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            get_event_loop_policy().set_event_loop(None)
            loop.close()


# CPython defines them in asyncio.events (what their __module__ reports)
get_event_loop_policy.__module__ = set_event_loop_policy.__module__ = "asyncio.events"
