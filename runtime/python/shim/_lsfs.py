# The run's in-memory file system, under open() (shim/io.py), os, os.path, pathlib and tempfile.
# Each run starts with a fresh tree: "/", "/tmp", the working directory "/home/user" and the script
# itself at its path (relative paths from the working directory), so open(__file__) reads it;
# nothing outlives the run and nothing else of the host's disk is visible. Errors are CPython's on Linux
# (FileNotFoundError(2, 'No such file or directory', path), ...: port/builtin_errors.c prints them
# as "[Errno 2] No such file or directory: 'x.txt'").
#
# A directory is a dict (name -> node, in creation order), a file a _File (a bytearray and a
# modification time on the run's clock). Paths are POSIX: "." and ".." resolve lexically.

import utime

__all__ = []

ENOENT, EEXIST, ENOTDIR, EISDIR, EINVAL, ENOTEMPTY = 2, 17, 20, 21, 22, 39

_MESSAGES = {ENOENT: "No such file or directory", EEXIST: "File exists", ENOTDIR: "Not a directory",
             EISDIR: "Is a directory", EINVAL: "Invalid argument", ENOTEMPTY: "Directory not empty"}


_BuiltinOSError = OSError


class OSError(_BuiltinOSError):
    # An OSError without a more specific class (ENOTEMPTY, EINVAL): str() and the attributes as
    # CPython's (an uncaught one's traceback line still shows the arguments' tuple).
    def __str__(self):
        return "[Errno %d] %s: %r" % self.args[:3]

    strerror = property(lambda self: self.args[1])
    filename = property(lambda self: self.args[2])
    filename2 = property(lambda self: self.args[4] if len(self.args) > 4 else None)


_OSError = OSError
del OSError
_ERRORS = {ENOENT: FileNotFoundError, EEXIST: FileExistsError, ENOTDIR: NotADirectoryError,
           EISDIR: IsADirectoryError}


def error(errno, path, path2=None):
    cls = _ERRORS.get(errno, _OSError)
    if path2 is not None:
        return cls(errno, _MESSAGES[errno], path, None, path2)
    return cls(errno, _MESSAGES[errno], path)


class _File:
    def __init__(self):
        self.data = bytearray()
        self.mtime = utime.time()


root = {}
root["tmp"] = {}
root["home"] = {"user": {}}
cwd = "/home/user"


def fspath(path):
    if not isinstance(path, (str, bytes)):
        method = getattr(type(path), "__fspath__", None)
        if method is None:
            raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(path).__name__)
        path = method(path)
    if isinstance(path, bytes):
        path = path.decode()
    if "\0" in path:
        raise ValueError("embedded null byte")
    return path


def absolute(path):
    # The normalised absolute form of a path (a str).
    if not path.startswith("/"):
        path = cwd + "/" + path
    parts = []
    for part in path.split("/"):
        if part == "" or part == ".":
            continue
        if part == "..":
            if parts:
                parts.pop()
        else:
            parts.append(part)
    return "/" + "/".join(parts)


def _parts(path):
    return [p for p in absolute(path).split("/") if p]


def lookup(path):
    # The node at path (a dict or a _File), or None; raises NotADirectoryError when a file stands
    # where a directory should.
    if path == "":
        return None
    node = root
    parts = _parts(path)
    for i, part in enumerate(parts):
        if not isinstance(node, dict):
            raise error(ENOTDIR, path)
        node = node.get(part)
        if node is None:
            return None
    if path.endswith("/") and isinstance(node, _File):
        raise error(ENOTDIR, path)
    return node


def parent_of(path):
    # (the parent directory dict, the last name) of path; the parent must exist.
    if path == "":
        raise error(ENOENT, path)
    parts = _parts(path)
    if not parts:
        return None, ""
    node = root
    for part in parts[:-1]:
        node = node.get(part) if isinstance(node, dict) else None
        if node is None:
            raise error(ENOENT, path)
        if not isinstance(node, dict):
            raise error(ENOTDIR, path)
    return node, parts[-1]


def open_file(path, create, exclusive, truncate):
    # The _File to open at path (made when create is true).
    node = lookup(path)
    if isinstance(node, dict):
        raise error(EISDIR, path)
    if node is None:
        if not create:
            raise error(ENOENT, path)
        directory, name = parent_of(path)
        if path.endswith("/"):
            raise error(EISDIR, path)
        node = directory[name] = _File()
    elif exclusive:
        raise error(EEXIST, path)
    if truncate:
        node.data = bytearray()
        node.mtime = utime.time()
    return node


def directory(path):
    node = lookup(path)
    if node is None:
        raise error(ENOENT, path)
    if not isinstance(node, dict):
        raise error(ENOTDIR, path)
    return node


def listdir(path="."):
    return list(directory(fspath(path)))


def mkdir(path, mode=0o777):
    path = fspath(path)
    if lookup(path) is not None:
        raise error(EEXIST, path)
    directory_node, name = parent_of(path)
    directory_node[name] = {}


def makedirs(name, mode=0o777, exist_ok=False):
    name = fspath(name)
    if name == "":
        raise error(ENOENT, name)
    existing = lookup(name)
    if existing is not None:
        if exist_ok and isinstance(existing, dict):
            return
        raise error(EEXIST, name)
    node = root
    for part in _parts(name):
        child = node.get(part)
        if child is None:
            child = node[part] = {}
        elif not isinstance(child, dict):
            raise error(ENOTDIR, name)
        node = child


def remove(path):
    path = fspath(path)
    node = lookup(path)
    if node is None:
        raise error(ENOENT, path)
    if isinstance(node, dict):
        raise error(EISDIR, path)
    directory_node, name = parent_of(path)
    del directory_node[name]


def rmdir(path):
    path = fspath(path)
    node = lookup(path)
    if node is None:
        raise error(ENOENT, path)
    if not isinstance(node, dict):
        raise error(ENOTDIR, path)
    if path.rstrip("/").rsplit("/", 1)[-1] == ".":
        raise error(EINVAL, path)
    if node:
        raise error(ENOTEMPTY, path)
    directory_node, name = parent_of(path)
    if directory_node is None:
        raise error(EINVAL, path)
    del directory_node[name]


def rename(src, dst):
    src = fspath(src)
    dst = fspath(dst)
    node = lookup(src)
    if node is None:
        raise error(ENOENT, src, dst)
    target = lookup(dst)
    if isinstance(target, dict) and not isinstance(node, dict):
        raise error(EISDIR, src, dst)
    if isinstance(node, dict) and target is not None and not isinstance(target, dict):
        raise error(ENOTDIR, src, dst)
    if isinstance(target, dict) and target:
        raise error(ENOTEMPTY, src, dst)
    if isinstance(node, dict) and (absolute(dst) + "/").startswith(absolute(src) + "/") and absolute(dst) != absolute(src):
        raise error(EINVAL, src, dst)
    src_dir, src_name = parent_of(src)
    dst_dir, dst_name = parent_of(dst)
    del src_dir[src_name]
    dst_dir[dst_name] = node


def chdir(path):
    global cwd
    path = fspath(path)
    directory(path)
    cwd = absolute(path)


def kind(path):
    # "file", "dir" or None (missing or unreachable), for os.path.exists/isfile/isdir.
    try:
        node = lookup(fspath(path))
    except (OSError, TypeError):
        return None
    if node is None:
        return None
    return "dir" if isinstance(node, dict) else "file"


def _add_script():
    import _lsinspect
    name, text = _lsinspect.script()
    if not name or name.startswith("<"):
        return
    try:
        makedirs(absolute(name).rsplit("/", 1)[0] or "/", exist_ok=True)
        open_file(name, True, False, True).data.extend(text.encode())
    except OSError:
        pass


_add_script()
