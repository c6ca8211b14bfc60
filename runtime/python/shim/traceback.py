# traceback for Loopscope's MicroPython: format/print an exception as CPython does, with its chain
# ("The above exception was the direct cause...", "During handling of the above exception..."),
# format_exception_only, and print_exc/format_exc for the exception being handled.
#
# The frames come from the interpreter's own traceback (sys.print_exception): file, line and function,
# with the script's source line under each of its frames (no carets: CPython's ^~~ need column
# positions the interpreter does not keep). print_exc()/format_exc() use sys.exc_info
# (patch 0043). There are no frame
# objects: extract_stack/print_stack/walk_tb have nothing to walk.

import _lsinspect
import sys
import uio as io  # the built-in StringIO: sys.print_exception needs a native stream

__all__ = ["format_exc", "format_exception", "format_exception_only", "print_exc", "print_exception",
           "print_last", "format_tb", "print_tb", "TracebackException", "format_stack", "print_stack"]

_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


def _exception_arg(exc, value):
    # print_exception(exc) (3.10+) or the old (type, value, tb) form.
    if value is not _sentinel:
        return value
    return exc


_sentinel = object()


def _own_text(exc):
    buf = io.StringIO()
    sys.print_exception(exc, buf)
    return buf.getvalue()


def _exception_line(exc):
    name = getattr(type(exc), "__qualname__", type(exc).__name__)
    module = getattr(type(exc), "__module__", "builtins")
    if module not in ("builtins", "__main__", None):
        name = module + "." + name
    text = str(exc)
    line = "%s: %s\n" % (name, text) if text else "%s\n" % name
    for note in getattr(exc, "__notes__", None) or ():
        line += "%s\n" % note
    return line


def format_exception_only(exc, value=_sentinel):
    exc = _exception_arg(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return [_exception_line(exc)]


def _chain(exc, seen):
    # The exception and the ones it was raised from or during, oldest first, with the joining text.
    parts = []
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        cause = getattr(exc, "__cause__", None)
        context = getattr(exc, "__context__", None)
        if cause is not None:
            parts.append((exc, _CAUSE))
            exc = cause
        elif context is not None and not getattr(exc, "__suppress_context__", False):
            parts.append((exc, _CONTEXT))
            exc = context
        else:
            parts.append((exc, ""))
            exc = None
    parts.reverse()
    return parts


def _script_lines():
    # The script's file name and its lines: a frame of the script shows its source line
    try:
        name, text = _lsinspect.script()
    except Exception:
        return None, ()
    return name, text.splitlines()


def _with_source(frames):
    name, lines = _script_lines()
    out = []
    for line in frames:
        out.append(line)
        if name is None or not line.startswith('  File "'):
            continue
        # '  File "NAME", line N, in F'
        quote = line.find('"', 8)
        if line[8:quote] != name:
            continue
        rest = line[quote + 1:]
        if not rest.startswith(", line "):
            continue
        digits = rest[7:].split(",")[0].strip()
        if digits.isdigit() and 0 < int(digits) <= len(lines):
            source = lines[int(digits) - 1].strip()
            if source:
                out.append("    " + source + "\n")
    return out


def _one(exc):
    # The interpreter's text ends with its own exception line; CPython's wording replaces it.
    lines = _own_text(exc).splitlines(True)
    frames = [line for line in lines if line.startswith("Traceback") or line.startswith("  ")]
    if len(frames) <= 1:
        frames = []
    return "".join(_with_source(frames)) + _exception_line(exc)


def format_exception(exc, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    exc = _exception_arg(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    if not chain:
        return [_one(exc)]
    out = []
    parts = _chain(exc, set())
    for i, (item, joiner) in enumerate(parts):
        out.append(_one(item))
        if i + 1 < len(parts):
            out.append(parts[i + 1][1])
    return out


def print_exception(exc, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for text in format_exception(exc, value, tb, limit=limit, chain=chain):
        file.write(text)


def _current():
    return sys.exc_info()[1]


def format_exc(limit=None, chain=True):
    return "".join(format_exception(_current(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(_current(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    last = getattr(sys, "last_value", None)
    if last is None:
        raise ValueError("no last exception")
    print_exception(last, limit=limit, file=file, chain=chain)


def format_tb(tb, limit=None):
    return []


def print_tb(tb, limit=None, file=None):
    pass


def format_stack(f=None, limit=None):
    return []


def print_stack(f=None, limit=None, file=None):
    pass


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10):
        self._exc = exc_value
        self.exc_type = exc_type
        self.__cause__ = None
        self.__context__ = None
        self.stack = []

    @classmethod
    def from_exception(cls, exc, **kwargs):
        return cls(type(exc), exc, None, **kwargs)

    def format(self, *, chain=True):
        return iter(format_exception(self._exc, chain=chain))

    def format_exception_only(self):
        return iter(format_exception_only(self._exc))

    def __str__(self):
        return str(self._exc)
