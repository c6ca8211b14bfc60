# select for Loopscope's engine: select.select() over the sockets of the run's network
# (shim/_lsnet.py), waiting on the run's clock (runtime/python/README.md "Sockets").
import _lsnet

__all__ = ["select", "error"]

error = OSError


def _fd_of(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        try:
            fileno = obj.fileno
        except AttributeError:
            raise TypeError("argument must be an int, or have a fileno() method.")
        fd = fileno()
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
    if fd < 0:
        raise ValueError("file descriptor cannot be a negative integer (%d)" % fd)
    return fd


def _socket_of(fd):
    sock = _lsnet.by_fd.get(fd)
    if sock is None:
        raise OSError(9, "Bad file descriptor")
    return sock


def select(rlist, wlist, xlist, timeout=None):
    """Which of rlist are readable and wlist writable (xlist: never, no out-of-band data here),
    waiting up to `timeout` seconds (None: until one is) on the run's clock."""
    if timeout is not None:
        if not isinstance(timeout, (int, float)):
            raise TypeError("timeout must be a float or None")
        if timeout < 0:
            raise ValueError("timeout must be non-negative")
    rlist, wlist, xlist = list(rlist), list(wlist), list(xlist)
    readers = [(obj, _socket_of(_fd_of(obj))) for obj in rlist]
    writers = [(obj, _socket_of(_fd_of(obj))) for obj in wlist]
    for obj in xlist:
        _socket_of(_fd_of(obj))
    found = ([], [], [])

    def ready():
        found[0][:] = [obj for obj, sock in readers if sock._readable()]
        found[1][:] = [obj for obj, sock in writers if sock._writable()]
        return bool(found[0] or found[1])

    if not _lsnet.wait(ready, timeout, "select()"):
        return [], [], []
    return found
