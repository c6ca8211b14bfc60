# os for Loopscope's MicroPython: what a sandboxed script can have. The process has no real pid or
# environment: getpid()/getppid() are 1000/999 in the main process (a multiprocessing child counts up
# from 1001), environ is a per-run dict (empty at start), cpu_count() is the processor count the
# engine sizes its executors by, urandom() draws from a stream of the run's seed (not random's), and os.path is POSIX
# path arithmetic. Files and directories are the run's in-memory file system (shim/_lsfs.py; the
# working directory is "/home/user"): listdir, mkdir, makedirs, remove, rmdir, rename, stat, walk,
# scandir... (shim/_osfiles.py, loaded on first use). Process functions raise OSError saying the
# sandbox has none.

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
    # The processors the system reports (1 in the browser: see _lsthread.cpu_count).
    try:
        import _lsthread
        return _lsthread.cpu_count()
    except (ImportError, AttributeError):
        return 1


def getcwd():
    import _lsfs
    return _lsfs.cwd


# The file functions (shim/_osfiles.py) are loaded when a script first reads one: most scripts import
# os for getpid/environ/path, and every run compiles the shims it imports.
_FILE_NAMES = ("listdir", "mkdir", "makedirs", "remove", "unlink", "rmdir", "rename", "replace", "chdir",
               "getcwdb", "removedirs", "stat_result", "stat", "lstat", "DirEntry", "scandir", "walk")


def __getattr__(name):
    if name not in _FILE_NAMES:
        raise AttributeError("module 'os' has no attribute '%s'" % name)
    import _osfiles
    value = getattr(_osfiles, name)
    globals()[name] = value
    return value


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
    return random._urandom(n)


def _no_processes(*args, **kwargs):
    raise OSError("the Loopscope sandbox cannot start or signal processes")


system = fork = execv = execvp = spawnv = _no_processes


def kill(pid, sig):
    # The script's own process can be signalled (its handlers run, as in CPython); no other exists.
    if pid != getpid():
        raise ProcessLookupError(3, "No such process")
    import signal
    signal.raise_signal(sig)


class PathLike:
    def __fspath__(self):
        raise NotImplementedError


class error(OSError):
    pass
