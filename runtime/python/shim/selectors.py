# selectors for Loopscope's engine (CPython 3.11's API): a selector over the sockets of the run's
# network (shim/_lsnet.py); DefaultSelector is EpollSelector, as on Linux.
#
# select() reports the ready objects in epoll's order, so a selector loop runs its callbacks in
# CPython's order: an object joins the selector's ready list when it becomes ready (or is
# registered ready), stays in place while it is there, and after each select() those still ready
# go back to the list in the order they were reported (level-triggered).
from collections import namedtuple
from collections.abc import Mapping
import select as _select
import _lsnet

__all__ = ["EVENT_READ", "EVENT_WRITE", "SelectorKey", "BaseSelector", "SelectSelector",
           "PollSelector", "EpollSelector", "DefaultSelector"]

EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1

SelectorKey = namedtuple("SelectorKey", ["fileobj", "fd", "events", "data"])


def _fileobj_to_fd(fileobj):
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError("Invalid file object: {!r}".format(fileobj)) from None
    if fd < 0:
        raise ValueError("Invalid file descriptor: {}".format(fd))
    return fd


class _SelectorMapping(Mapping):
    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._fd_to_key)

    def __getitem__(self, fileobj):
        try:
            fd = self._selector._fileobj_lookup(fileobj)
            return self._selector._fd_to_key[fd]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    def __iter__(self):
        return iter(self._selector._fd_to_key)


class BaseSelector:
    """Registers file objects (sockets) for EVENT_READ / EVENT_WRITE and waits for them."""

    def __init__(self):
        self._fd_to_key = {}
        self._map = _SelectorMapping(self)
        self._ready_list = []  # fds, in epoll's ready-list order

    def _events_ready(self, key):
        sock = _select._socket_of(key.fd) if key.fd in _lsnet.by_fd else None
        if sock is None:
            return 0
        return (((EVENT_READ if sock._readable() else 0) | (EVENT_WRITE if sock._writable() else 0))
                & key.events)

    def _wakeup(self, fd):
        """The socket behind fd changed: it joins the ready list if it is ready now."""
        key = self._fd_to_key.get(fd)
        if key is not None and fd not in self._ready_list and self._events_ready(key):
            self._ready_list.append(fd)

    def _fileobj_lookup(self, fileobj):
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            for key in self._fd_to_key.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if (not events) or (events & ~(EVENT_READ | EVENT_WRITE)):
            raise ValueError("Invalid events: {!r}".format(events))
        key = SelectorKey(fileobj, self._fileobj_lookup(fileobj), events, data)
        if key.fd in self._fd_to_key:
            raise KeyError("{!r} (FD {}) is already registered".format(fileobj, key.fd))
        sock = _select._socket_of(key.fd)
        self._fd_to_key[key.fd] = key
        sock._selectors.append(self)
        self._wakeup(key.fd)
        return key

    def unregister(self, fileobj):
        try:
            key = self._fd_to_key.pop(self._fileobj_lookup(fileobj))
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None
        if key.fd in self._ready_list:
            self._ready_list.remove(key.fd)
        sock = _lsnet.by_fd.get(key.fd)
        if sock is not None and self in sock._selectors:
            sock._selectors.remove(self)
        return key

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None
        if events != key.events:
            if (not events) or (events & ~(EVENT_READ | EVENT_WRITE)):
                raise ValueError("Invalid events: {!r}".format(events))
            key = key._replace(events=events, data=data)
            self._fd_to_key[key.fd] = key
            self._wakeup(key.fd)  # epoll_ctl(MOD) looks at the socket again
        elif data != key.data:
            key = key._replace(data=data)
            self._fd_to_key[key.fd] = key
        return key

    def select(self, timeout=None):
        """[(key, events)] of the registered objects that are ready, waiting up to `timeout`
        seconds (None: until one is; <= 0: just look) on the run's clock."""
        timeout = None if timeout is None else max(timeout, 0)
        if not self._fd_to_key and timeout is None:
            raise RuntimeError("select() with nothing registered would wait forever "
                               "(CPython would hang here)")
        found = []

        def ready():
            found[:] = []
            for fd in self._ready_list:
                key = self._fd_to_key.get(fd)
                events = self._events_ready(key) if key is not None else 0
                if events:
                    found.append((key, events))
            return bool(found)

        if not _lsnet.wait(ready, timeout, "select()"):
            self._ready_list = []
            return []
        # Level-triggered: what was reported is still in the list, in the same order.
        self._ready_list = [key.fd for key, _ in found]
        return list(found)

    def close(self):
        self._fd_to_key.clear()
        self._map = None

    def get_key(self, fileobj):
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError("Selector is closed")
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    def get_map(self):
        return self._map

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class SelectSelector(BaseSelector):
    pass


class PollSelector(BaseSelector):
    pass


class EpollSelector(BaseSelector):
    pass


DefaultSelector = EpollSelector
