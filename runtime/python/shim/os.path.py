# os.path for Loopscope's MicroPython: POSIX path arithmetic as CPython's posixpath (join, split,
# splitext, basename, dirname, normpath, abspath against the working directory, isabs, commonprefix,
# relpath); exists()/isfile()/isdir()/getsize()/getmtime() ask the run's in-memory file system
# (shim/_lsfs.py, imported when first needed).

sep = "/"
curdir = "."
pardir = ".."


def isabs(s):
    return s.startswith("/")


def join(a, *p):
    path = a
    for b in p:
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def basename(p):
    return p[p.rfind("/") + 1:]


def dirname(p):
    i = p.rfind("/") + 1
    head = p[:i]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def normpath(path):
    if path == "":
        return "."
    initial_slashes = 1 if path.startswith("/") else 0
    if initial_slashes and path.startswith("//") and not path.startswith("///"):
        initial_slashes = 2
    comps = path.split("/")
    new_comps = []
    for comp in comps:
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == ".."):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = "/".join(new_comps)
    if initial_slashes:
        path = "/" * initial_slashes + path
    return path or "."


def abspath(path):
    import _lsfs
    path = _lsfs.fspath(path)
    if not isabs(path):
        path = join(_lsfs.cwd, path)
    return normpath(path)


realpath = abspath


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    start = "." if start is None else start
    start_list = [x for x in abspath(start).split("/") if x]
    path_list = [x for x in abspath(path).split("/") if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def expanduser(path):
    return path


def expandvars(path):
    return path


def exists(path):
    import _lsfs
    return _lsfs.kind(path) is not None


def isfile(path):
    import _lsfs
    return _lsfs.kind(path) == "file"


def isdir(path):
    import _lsfs
    return _lsfs.kind(path) == "dir"


def islink(path):
    return False


def ismount(path):
    import _lsfs
    return _lsfs.fspath(path) == "/"


lexists = exists


def getsize(filename):
    import os
    return os.stat(filename).st_size


def getmtime(filename):
    import os
    return float(os.stat(filename).st_mtime)


getatime = getctime = getmtime
