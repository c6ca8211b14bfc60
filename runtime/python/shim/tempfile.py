# tempfile for Loopscope's MicroPython: temporary files and directories in "/tmp" of the run's
# in-memory file system (shim/_lsfs.py). Names are "tmp" + 8 characters drawn from a generator of
# this module's own (the script's `random` sequence is not touched), so they differ from CPython's.

import _lsfs
import io
import os

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory", "mkstemp",
           "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir", "gettempprefixb",
           "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_state = [0x2545F491]


def _random_name():
    chars = []
    for _ in range(8):
        _state[0] = (_state[0] * 1103515245 + 12345) & 0x7FFFFFFF
        chars.append(_CHARACTERS[(_state[0] >> 16) % len(_CHARACTERS)])
    return "".join(chars)


def gettempdir():
    return tempdir if tempdir is not None else "/tmp"


def gettempdirb():
    return gettempdir().encode()


def gettempprefix():
    return template


def gettempprefixb():
    return template.encode()


def _candidates(suffix, prefix, dir):
    if dir is None:
        dir = gettempdir()
    dir = _lsfs.fspath(dir)
    prefix = template if prefix is None else prefix
    suffix = "" if suffix is None else suffix
    for _ in range(TMP_MAX):
        yield os.path.join(dir, prefix + _random_name() + suffix)
    raise FileExistsError(17, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    for name in _candidates(suffix, prefix, dir):
        try:
            os.mkdir(name)
        except FileExistsError:
            continue
        return os.path.abspath(name)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    for name in _candidates(suffix, prefix, dir):
        try:
            f = io.open(name, "xb")
        except FileExistsError:
            continue
        return f.fileno(), os.path.abspath(name)


def mktemp(suffix="", prefix=template, dir=None):
    for name in _candidates(suffix, prefix, dir):
        if not os.path.exists(name):
            return name


class _TemporaryFileWrapper:
    # The file object NamedTemporaryFile returns: the open file's attributes, and the file removed
    # when closed (delete=True).
    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self.file.closed:
            self.file.close()
            if self.delete:
                try:
                    os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper object at 0x%x>" % id(self)


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    for name in _candidates(suffix, prefix, dir):
        try:
            io.open(name, "xb").close()
        except FileExistsError:
            continue
        name = os.path.abspath(name)
        file = io.open(name, mode.replace("x", "w"), buffering, encoding, errors, newline)
        return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                  *, errors=None):
    # CPython unlinks the file at once (it has no name); here it is removed when closed.
    wrapper = NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, True, errors=errors)
    return wrapper


SpooledTemporaryFile = TemporaryFile


def _rmtree(path):
    for name in os.listdir(path):
        child = os.path.join(path, name)
        if os.path.isdir(child):
            _rmtree(child)
        else:
            os.remove(child)
    os.rmdir(path)


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors

    def __repr__(self):
        return "<%s %r>" % (type(self).__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, *exc):
        self.cleanup()

    def cleanup(self):
        if os.path.exists(self.name):
            try:
                _rmtree(self.name)
            except OSError:
                if not self._ignore_cleanup_errors:
                    raise
