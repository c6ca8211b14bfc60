# The file functions of `os` (shim/os/__init__.py loads this on first use) over the run's in-memory
# file system (shim/_lsfs.py), with CPython's errors.

import _lsfs
from os import fspath
from os import path as _path

listdir = _lsfs.listdir
mkdir = _lsfs.mkdir
makedirs = _lsfs.makedirs
remove = unlink = _lsfs.remove
rmdir = _lsfs.rmdir
rename = replace = _lsfs.rename
chdir = _lsfs.chdir


def getcwdb():
    return _lsfs.cwd.encode()


def removedirs(name):
    rmdir(name)
    head, tail = _path.split(name)
    if not tail:
        head, tail = _path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = _path.split(head)


class stat_result(tuple):
    # CPython's os.stat_result: the first ten fields by index and name.
    def __new__(cls, fields):
        return tuple.__new__(cls, fields)

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self[7])
    st_mtime = property(lambda self: self[8])
    st_ctime = property(lambda self: self[9])

    def __repr__(self):
        names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
                 "st_mtime", "st_ctime")
        return "os.stat_result(%s)" % ", ".join("%s=%d" % (n, v) for n, v in zip(names, self))


def stat(p, *, dir_fd=None, follow_symlinks=True):
    p = fspath(p)
    node = _lsfs.lookup(p)
    if node is None:
        raise _lsfs.error(_lsfs.ENOENT, p)
    if isinstance(node, dict):
        return stat_result((0o40755, id(node) & 0xFFFFFF, 1, 2, 1000, 1000, 4096, 0, 0, 0))
    t = int(node.mtime)
    return stat_result((0o100644, id(node) & 0xFFFFFF, 1, 1, 1000, 1000, len(node.data), t, t, t))


lstat = stat


class DirEntry:
    def __init__(self, directory, name):
        self.name = name
        self.path = _path.join(directory, name)

    def is_dir(self, *, follow_symlinks=True):
        return _path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        return _path.isfile(self.path)

    def is_symlink(self):
        return False

    def stat(self, *, follow_symlinks=True):
        return stat(self.path)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % self.name


class _ScandirIterator:
    def __init__(self, directory):
        self._entries = iter([DirEntry(directory, name) for name in listdir(directory)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass

    def close(self):
        pass


def scandir(p="."):
    return _ScandirIterator(fspath(p))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = [n for n in names if _path.isdir(_path.join(top, n))]
    files = [n for n in names if not _path.isdir(_path.join(top, n))]
    if topdown:
        yield top, dirs, files
    for name in dirs:
        yield from walk(_path.join(top, name), topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, files
