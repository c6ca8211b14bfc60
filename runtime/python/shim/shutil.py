# shutil for Loopscope's MicroPython: file and tree operations as CPython 3.11 has them, over the
# run's in-memory file system (shim/_lsfs.py, through open() and os): copyfileobj, copyfile, copy,
# copy2, copymode/copystat (nothing to copy: the sandbox keeps no permissions, and file times are
# the run's clock at the last write), copytree (ignore=, ignore_patterns, dirs_exist_ok=,
# copy_function=), rmtree (ignore_errors=, onerror=), move, and the errors Error and SameFileError.
# which() finds nothing (the sandbox runs no programs), get_terminal_size() gives COLUMNS/LINES
# from os.environ or the fallback (80, 24) (what CPython gives when stdout is not a terminal), and
# disk_usage() raises OSError: there is no disk. Lacks archives, chown and symbolic links.

import os

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree", "move",
           "rmtree", "Error", "SpecialFileError", "ExecError", "make_archive",
           "get_archive_formats", "register_archive_format", "unregister_archive_format",
           "get_unpack_formats", "register_unpack_format", "unregister_unpack_format",
           "unpack_archive", "ignore_patterns", "chown", "which", "get_terminal_size",
           "SameFileError", "disk_usage"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    pass


class SpecialFileError(OSError):
    pass


class ExecError(OSError):
    pass


class ReadError(OSError):
    pass


class RegistryError(Exception):
    pass


def copyfileobj(fsrc, fdst, length=0):
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _same(src, dst):
    # No links in the sandbox: two paths name the same file when they normalise alike.
    return os.path.abspath(src) == os.path.abspath(dst)


def copyfile(src, dst, *, follow_symlinks=True):
    if _same(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, "rb") as fsrc:
        with open(dst, "wb") as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    # Nothing to copy; both must exist, as for CPython's chmod.
    os.stat(src)
    os.stat(dst)


def copystat(src, dst, *, follow_symlinks=True):
    os.stat(src)
    os.stat(dst)


def _into(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    dst = _into(src, dst)
    copyfile(src, dst)
    copymode(src, dst)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    dst = _into(src, dst)
    copyfile(src, dst)
    copystat(src, dst)
    return dst


def ignore_patterns(*patterns):
    # An ignore= function for copytree: the names matching any of the glob patterns.
    def _ignore_patterns(path, names):
        import fnmatch
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    names = [entry.name for entry in os.scandir(src)]
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            # The failures below, collected: the copy goes on and they are raised together.
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    # onerror(function, path, exc_info) for each failure, as CPython calls it.
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise args[2][1]
    try:
        os.lstat(path)
    except OSError as exc:
        onerror(os.lstat, path, (type(exc), exc, exc.__traceback__))
        return
    _remove_tree(path, onerror)


def _remove_tree(path, onerror):
    try:
        names = os.listdir(path)
    except OSError as exc:
        onerror(os.scandir, path, (type(exc), exc, exc.__traceback__))
        names = None
    for name in names or ():
        full = os.path.join(path, name)
        if os.path.isdir(full):
            _remove_tree(full, onerror)
        else:
            try:
                os.unlink(full)
            except OSError as exc:
                onerror(os.unlink, full, (type(exc), exc, exc.__traceback__))
    try:
        os.rmdir(path)
    except OSError as exc:
        onerror(os.rmdir, path, (type(exc), exc, exc.__traceback__))


rmtree.avoids_symlink_attacks = True


def _basename(path):
    # The last part of a path, a trailing slash ignored ("a/b/" -> "b").
    return os.path.basename(path.rstrip("/"))


def _inside(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    real_dst = dst
    if os.path.isdir(dst):
        if _same(src, dst):
            # A rename of a directory to itself (or a change of case): done in place.
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        # As CPython after a failed rename: copy, then remove the source (which reports a missing
        # source as copying it does).
        if os.path.isdir(src):
            if _inside(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def which(cmd, mode=None, path=None):
    # The sandbox has no programs to find.
    return None


class _TerminalSize(tuple):
    # os.terminal_size, which this os lacks: (columns, lines), by index and by name.
    n_fields = n_sequence_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, size):
        return tuple.__new__(cls, size)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return "os.terminal_size(columns=%d, lines=%d)" % (self[0], self[1])


def get_terminal_size(fallback=(80, 24)):
    # COLUMNS and LINES when set (and positive), else the fallback: there is no terminal to ask.
    size_type = getattr(os, "terminal_size", _TerminalSize)
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ["LINES"])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0:
        columns = fallback[0]
    if lines <= 0:
        lines = fallback[1]
    return size_type((columns, lines))


def disk_usage(path):
    raise OSError("disk_usage: the Loopscope sandbox's files live in memory: there is no disk")


def chown(path, user=None, group=None):
    raise OSError("chown: the Loopscope sandbox has no users or groups")


def _no_archives(*args, **kwargs):
    raise OSError("the Loopscope sandbox cannot make or unpack archives")


make_archive = unpack_archive = _no_archives


def get_archive_formats():
    return []


def get_unpack_formats():
    return []


register_archive_format = unregister_archive_format = _no_archives
register_unpack_format = unregister_unpack_format = _no_archives
