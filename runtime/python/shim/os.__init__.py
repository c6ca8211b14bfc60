# os for Loopscope's MicroPython: what a sandboxed script can have. The process has no real pid or
# environment and there is no file system: getpid()/getppid() are 1000/999 in the main process (a multiprocessing child counts up from 1001), environ is a per-run
# dict (empty at start), getcwd() is "/", cpu_count() is the processor count the engine sizes its
# executors by, urandom() draws from the run's seeded random, and os.path is POSIX path arithmetic.
# File and process functions raise OSError saying the sandbox has none.

import sys

from os import path

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"

environ = {}

_PID = 1000


def getpid():
    # The running Loopscope process's pid (multiprocessing.process: children count up from 1001).
    process = sys.modules.get("multiprocessing.process")
    return _PID if process is None else process.current_pid()


def getppid():
    process = sys.modules.get("multiprocessing.process")
    return _PID - 1 if process is None else process.parent_pid()


def cpu_count():
    # The engine sizes executors as CPython does, min(32, cpus + 4): read the count back from it.
    try:
        import _lsthread
        return max(1, _lsthread.default_max_workers() - 4)
    except (ImportError, AttributeError):
        return 1


def getcwd():
    return "/"


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(p).__name__)
    return method(p)


def urandom(n):
    import random
    return bytes(random.getrandbits(8) for _ in range(n))


def _no_filesystem(*args, **kwargs):
    raise OSError("the Loopscope sandbox has no file system")


def _no_processes(*args, **kwargs):
    raise OSError("the Loopscope sandbox cannot start or signal processes")


listdir = scandir = mkdir = makedirs = remove = unlink = rmdir = rename = replace = stat = _no_filesystem
chdir = walk = open = _no_filesystem
system = kill = fork = execv = execvp = spawnv = _no_processes


class PathLike:
    def __fspath__(self):
        raise NotImplementedError


class error(OSError):
    pass
