# glob for Loopscope's MicroPython: glob, iglob, escape and has_magic as CPython 3.11 has them
# (root_dir=, recursive= with "**", include_hidden=; names starting with "." only matched by a
# pattern starting with "."), over the run's in-memory file system through os.listdir and os.path
# (shim/_lsfs.py). Directories list in creation order, where CPython lists in the disk's order: sort
# when the order matters. There are no symbolic links; dir_fd= is accepted and must be None.

import os
import fnmatch

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported in the Loopscope sandbox")
    pathname = os.fspath(pathname)
    root = os.fspath(root_dir) if root_dir is not None else pathname[:0]
    found = _walk(pathname, root, recursive, False, include_hidden)
    if not pathname or (recursive and _is_recursive(pathname[:2])):
        # A leading "**" also yields the empty name of the start directory itself: not a result.
        return _skip_empty(found)
    return found


def _skip_empty(results):
    first = True
    for path in results:
        if first and not path:
            first = False
            continue
        first = False
        yield path


def escape(pathname):
    # Every "*", "?" and "[" put in brackets, so that it matches only itself.
    if isinstance(pathname, bytes):
        return b"".join(b"[" + bytes([c]) + b"]" if c in b"*?[" else bytes([c]) for c in pathname)
    return "".join("[" + c + "]" if c in "*?[" else c for c in pathname)


def has_magic(s):
    if isinstance(s, bytes):
        return any(c in b"*?[" for c in s)
    return any(c in "*?[" for c in s)


def _is_recursive(pattern):
    return pattern == "**" or pattern == b"**"


def _is_hidden(name):
    return name[:1] in (".", b".")


def _join(dirname, name):
    # os.path.join, but an empty part adds no separator.
    if not dirname or not name:
        return dirname or name
    return os.path.join(dirname, name)


def _walk(pathname, root, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root, pathname)):
                yield pathname
        elif os.path.isdir(_join(root, dirname)):
            yield pathname  # "dir/" names only a directory
        return
    if not dirname:
        yield from _in_dir(root, basename, recursive, dironly, include_hidden)
        return
    # The directories the pattern's head names (themselves patterns when they have wildcards).
    if dirname != pathname and has_magic(dirname):
        heads = _walk(dirname, root, recursive, True, include_hidden)
    else:
        heads = [dirname]
    for head in heads:
        for name in _in_dir(_join(root, head), basename, recursive, dironly, include_hidden):
            yield os.path.join(head, name)


def _in_dir(directory, pattern, recursive, dironly, include_hidden):
    # The names under directory (a real path, "" for the working directory) that pattern matches.
    if not has_magic(pattern):
        if pattern:
            return [pattern] if os.path.lexists(_join(directory, pattern)) else []
        return [pattern] if os.path.isdir(directory) else []
    if recursive and _is_recursive(pattern):
        return _all_below(directory, pattern[:0], dironly, include_hidden)
    names = _names(directory, dironly)
    if not (include_hidden or _is_hidden(pattern)):
        names = [n for n in names if not _is_hidden(n)]
    return fnmatch.filter(names, pattern)


def _all_below(directory, empty, dironly, include_hidden):
    # "**": the directory itself (as the empty name), then every name below it, depth first.
    yield empty
    yield from _descend(directory, dironly, include_hidden)


def _descend(directory, dironly, include_hidden):
    for name in _names(directory, dironly):
        if include_hidden or not _is_hidden(name):
            yield name
            path = _join(directory, name)
            for below in _descend(path, dironly, include_hidden):
                yield _join(name, below)


def _names(directory, dironly):
    # The entries of a directory (only subdirectories when dironly); none when it cannot be read.
    where = directory or (os.curdir if isinstance(directory, str) else os.curdir.encode())
    try:
        names = os.listdir(where)
    except (OSError, ValueError):
        return []
    if isinstance(where, bytes):
        names = [n.encode() if isinstance(n, str) else n for n in names]
    if dironly:
        names = [n for n in names if os.path.isdir(_join(where, n))]
    return names
