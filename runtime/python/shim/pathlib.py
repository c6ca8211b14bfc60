# pathlib for Loopscope's MicroPython: CPython 3.11's PurePath/PurePosixPath/Path/PosixPath, POSIX
# only, over the run's in-memory file system (shim/_lsfs.py). Path() is a PosixPath (the sandbox is
# POSIX); Windows flavours are not provided. glob() and iterdir() list entries in creation order.

import _lsfs
import io
import os

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _fnmatch(name, pattern):
    # Shell-style matching of one path component: *, ?, [seq], [!seq].
    if pattern == "*":
        return not name.startswith(".") or pattern.startswith(".")
    n, p = 0, 0
    star_p, star_n = -1, 0
    while n < len(name):
        if p < len(pattern) and pattern[p] == "[":
            end = pattern.find("]", p + 2)
            if end > 0:
                chars = pattern[p + 1:end]
                negate = chars.startswith("!")
                if negate:
                    chars = chars[1:]
                hit = _in_class(name[n], chars)
                if hit != negate:
                    n += 1
                    p = end + 1
                    continue
        elif p < len(pattern) and (pattern[p] == "?" or pattern[p] == name[n]):
            n += 1
            p += 1
            continue
        elif p < len(pattern) and pattern[p] == "*":
            star_p, star_n = p, n
            p += 1
            continue
        if star_p >= 0:
            star_n += 1
            n = star_n
            p = star_p + 1
            continue
        return False
    while p < len(pattern) and pattern[p] == "*":
        p += 1
    return p == len(pattern)


def _in_class(c, chars):
    i = 0
    while i < len(chars):
        if i + 2 < len(chars) and chars[i + 1] == "-":
            if chars[i] <= c <= chars[i + 2]:
                return True
            i += 3
        else:
            if chars[i] == c:
                return True
            i += 1
    return False


class PurePath:
    def __reduce__(self):
        return (type(self), tuple(self.parts))

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._init(args)
        return self

    def __init__(self, *args):
        pass

    def _init(self, args):
        parts = []
        root = ""
        for arg in args:
            if isinstance(arg, PurePath):
                text = str(arg)
            else:
                text = os.fspath(arg)
                if not isinstance(text, str):
                    raise TypeError("argument should be a str object or an os.PathLike object returning str, "
                                    "not %r" % (type(arg),))
            if text.startswith("/"):
                parts = []
                root = "/"
            parts.extend(p for p in text.split("/") if p and p != ".")
        self._root = root
        self._parts = parts

    def _from(self, root, parts):
        other = object.__new__(type(self))
        other._root = root
        other._parts = list(parts)
        return other

    def __str__(self):
        return (self._root + "/".join(self._parts)) or "."

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def __bytes__(self):
        return str(self).encode()

    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) == str(other)

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        return self == other or self < other

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return other < self

    def __ge__(self, other):
        return self == other or self > other

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        return type(self)(self, *args)

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        return name[i:] if 0 < i < len(name) - 1 else ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        return name[:i] if 0 < i < len(name) - 1 else name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from(self._root, self._parts[:-1])

    @property
    def parents(self):
        result = []
        path = self
        while path._parts:
            path = path.parent
            result.append(path)
        return tuple(result)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name %r" % (name,))
        return self._from(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if suffix and (not suffix.startswith(".") or suffix == "." or "/" in suffix):
            raise ValueError("Invalid suffix %r" % (suffix,))
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        return self.with_name(self.stem + suffix)

    def relative_to(self, *other):
        base = type(self)(*other)
        n = len(base.parts)
        if self.parts[:n] != base.parts or (base._root != self._root):
            raise ValueError("%r is not in the subpath of %r OR one path is relative and the other is absolute."
                             % (str(self), str(base)))
        return self._from("", self.parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, path_pattern):
        pattern = PurePosixPath(path_pattern)
        pattern_parts = pattern.parts
        parts = self.parts
        if pattern._root:
            if len(pattern_parts) != len(parts):
                return False
        elif len(pattern_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pattern_parts)):
            if not _fnmatch(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    pass


class Path(PurePath):
    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._init(args)
        return self

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("/home/user")

    def absolute(self):
        return self if self._root else type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        path = os.path.abspath(str(self))
        if strict and not os.path.exists(path):
            raise _lsfs.error(_lsfs.ENOENT, path)
        return type(self)(path)

    def expanduser(self):
        if self._parts and self._parts[0] == "~" and not self._root:
            return type(self)("/home/user", *self._parts[1:])
        return self

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self))

    def exists(self):
        return os.path.exists(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def is_dir(self):
        return os.path.isdir(str(self))

    def is_symlink(self):
        return False

    def samefile(self, other_path):
        return os.path.abspath(str(self)) == os.path.abspath(os.fspath(other_path))

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return io.open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open("r", encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % type(data).__name__)
        with self.open("w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        view = bytes(data) if not isinstance(data, str) else None
        if view is None:
            raise TypeError("memoryview: a bytes-like object is required, not 'str'")
        with self.open("wb") as f:
            return f.write(view)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise _lsfs.error(_lsfs.EEXIST, str(self))
            return
        io.open(str(self), "ab").close()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self))
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(str(self), os.fspath(target))
        return type(self)(target)

    def replace(self, target):
        os.replace(str(self), os.fspath(target))
        return type(self)(target)

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._from(self._root, self._parts + [name])

    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: %r" % (pattern,))
        parts = PurePosixPath(pattern).parts
        if PurePosixPath(pattern)._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        yield from self._glob(parts)

    def rglob(self, pattern):
        yield from self.glob("**/" + pattern)

    def _glob(self, parts):
        if not parts:
            yield self
            return
        head, rest = parts[0], parts[1:]
        if head == "**":
            seen = set()
            for directory in self._walk_dirs():
                for match in directory._glob(rest):
                    key = str(match)
                    if key not in seen:
                        seen.add(key)
                        yield match
            return
        if not self.is_dir():
            return
        if not any(c in head for c in "*?["):
            child = self / head
            if child.exists():
                yield from child._glob(rest)
            return
        for child in self.iterdir():
            if _fnmatch(child.name, head) and (not rest or child.is_dir()):
                yield from child._glob(rest)

    def _walk_dirs(self):
        yield self
        for child in self.iterdir():
            if child.is_dir():
                yield from child._walk_dirs()


class PosixPath(Path, PurePosixPath):
    pass
