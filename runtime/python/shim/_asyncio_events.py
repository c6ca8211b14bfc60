# asyncio's event loop policies (CPython 3.11's events.py names), served as asyncio attributes by
# the module's __getattr__ (asyncio/events.c). The loops themselves are native: the default
# policy's methods are asyncio's functions, and asyncio.run does not consult the policy.
import asyncio

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
        return asyncio.new_event_loop()


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


# CPython defines them in asyncio.events (what their __module__ reports)
get_event_loop_policy.__module__ = set_event_loop_policy.__module__ = "asyncio.events"
