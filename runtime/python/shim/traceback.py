# traceback for Loopscope's MicroPython: format/print an exception as CPython does, with its chain
# ("The above exception was the direct cause...", "During handling of the above exception..."),
# format_exception_only, and print_exc/format_exc for the exception being handled.
#
# The frames come from the interpreter's own traceback (sys.print_exception): file, line and function,
# with the script's source line under each of its frames (no carets: CPython's ^~~ need column
# positions the interpreter does not keep). print_exc()/format_exc() use sys.exc_info
# (patch 0043). exc.__traceback__ is a chain of traceback objects (shim/_frame_objects.py), which
# walk_tb / extract_tb / format_tb / print_tb walk. extract_stack / format_stack / print_stack walk
# the frames inspect.currentframe() makes of the running script's calls (no standard modules' frames).

import _lsinspect
import sys
import uio as io  # the built-in StringIO: sys.print_exception needs a native stream

__all__ = ["format_exc", "format_exception", "format_exception_only", "print_exc", "print_exception",
           "print_last", "format_tb", "print_tb", "TracebackException", "format_stack", "print_stack",
           "extract_tb", "extract_stack", "walk_tb", "walk_stack", "format_list", "print_list", "FrameSummary",
           "StackSummary"]

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


def _syntax_error_lines(exc, name):
    # CPython shows where a SyntaxError points above its message: the file and line, the source
    # line without its indent, carets from offset to end_offset (characters, counted from 1)
    out = ""
    suffix = ""
    if exc.lineno is not None:
        out += '  File "%s", line %s\n' % (exc.filename or "<string>", exc.lineno)
    elif exc.filename is not None:
        suffix = " (%s)" % exc.filename
    if exc.text is not None:
        line = exc.text.rstrip("\n")
        shown = line.lstrip(" \n\f")
        indent = len(line) - len(shown)
        out += "    %s\n" % shown
        if exc.offset is not None:
            start = exc.offset
            end = start if exc.end_offset in (None, 0) else exc.end_offset
            if end == start or end == -1:
                end = start + 1
            column = start - 1 - indent
            if column >= 0:
                under = "".join(c if c.isspace() else " " for c in shown[:column])
                out += "    %s%s\n" % (under, "^" * (end - 1 - indent - column))
    return out + "%s: %s%s\n" % (name, exc.msg or "<no detail available>", suffix)


def _exception_line(exc):
    name = getattr(type(exc), "__qualname__", type(exc).__name__)
    module = getattr(type(exc), "__module__", "builtins")
    if module not in ("builtins", "__main__", None):
        name = module + "." + name
    if isinstance(exc, SyntaxError):
        return _syntax_error_lines(exc, name)
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
    # One item per '  File "..."' line, its source line under it (as CPython's format_exception
    # lists them)
    name, lines = _script_lines()
    out = []
    for line in frames:
        out.append(line)
        if name is None:
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
                out[-1] += "    " + source + "\n"
    return out


def _stack(exc):
    # The exception's frames, outermost first, each with its source line: ["  File ...\n    x\n"]
    lines = [line for line in _own_text(exc).splitlines(True) if line.startswith('  File "')]
    if isinstance(exc, SyntaxError) and lines and ", in " not in lines[-1] and exc.lineno is not None:
        lines.pop()  # the parser's place: shown with the message (_syntax_error_lines)
    return _with_source(lines)


class _Context:
    # Where an exception group's members are printed: the nesting depth sets the indent and the
    # "| " margin, as CPython's _ExceptionPrintContext.
    def __init__(self, limit=None):
        self.depth = 0
        self.need_close = False
        self.limit = limit  # each exception's frames: the first `limit`, or the last -limit

    def frames(self, stack):
        if self.limit is None:
            return stack
        return stack[:self.limit] if self.limit >= 0 else stack[self.limit:]

    def indent(self):
        return " " * (2 * self.depth)

    def emit(self, texts, margin="|"):
        prefix = self.indent() + (margin + " " if self.depth else "")
        out = []
        for text in [texts] if isinstance(texts, str) else texts:
            out.append("".join(prefix + line for line in text.splitlines(True)))
        return out


_MAX_GROUP_WIDTH = 15
_MAX_GROUP_DEPTH = 10


def _format(exc, chain, ctx):
    parts = _chain(exc, set()) if chain else [(exc, "")]
    out = []
    for i, (item, _) in enumerate(parts):
        if i > 0:
            out += ctx.emit(parts[i][1])
        stack = ctx.frames(_stack(item))
        members = getattr(item, "exceptions", None) if isinstance(item, BaseExceptionGroup) else None
        if members is None:
            if stack:
                out += ctx.emit("Traceback (most recent call last):\n")
                out += ctx.emit(stack)
            out += ctx.emit(_exception_line(item))
        elif ctx.depth > _MAX_GROUP_DEPTH:
            out += ctx.emit("... (max_group_depth is %d)\n" % _MAX_GROUP_DEPTH)
        else:
            out += _format_group(item, members, stack, chain, ctx)
    return out


def _format_group(group, members, stack, chain, ctx):
    out = []
    toplevel = ctx.depth == 0
    if toplevel:
        ctx.depth += 1
    if stack:
        out += ctx.emit("Exception Group Traceback (most recent call last):\n", "+" if toplevel else "|")
        out += ctx.emit(stack)
    out += ctx.emit(_exception_line(group))
    shown = min(len(members), _MAX_GROUP_WIDTH + 1)
    ctx.need_close = False
    for i in range(shown):
        last = i == shown - 1
        if last:
            ctx.need_close = True  # a nested group may draw the closing line instead
        truncated = i >= _MAX_GROUP_WIDTH
        title = "..." if truncated else str(i + 1)
        out.append(ctx.indent() + ("+-" if i == 0 else "  ") + "+---------------- %s ----------------\n" % title)
        ctx.depth += 1
        if truncated:
            remaining = len(members) - _MAX_GROUP_WIDTH
            out += ctx.emit("and %d more exception%s\n" % (remaining, "s" if remaining > 1 else ""))
        else:
            out += _format(members[i], chain, ctx)
        if last and ctx.need_close:
            out.append(ctx.indent() + "+------------------------------------\n")
            ctx.need_close = False
        ctx.depth -= 1
    if toplevel:
        ctx.depth = 0
    return out


def format_exception(exc, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    exc = _exception_arg(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return _format(exc, chain, _Context(limit))


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


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class FrameSummary:
    """One frame of a traceback: filename, lineno, name and the source line (unpacks as 4 items)."""

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals

    @property
    def line(self):
        if self._line is None:
            self._line = _source_line(self.filename, self.lineno)
        return self._line.strip()

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __getitem__(self, index):
        return (self.filename, self.lineno, self.name, self.line)[index]

    def __len__(self):
        return 4

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename, self.lineno, self.name, self.line) == (
                other.filename, other.lineno, other.name, other.line)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(self.filename, self.lineno, self.name)


class StackSummary(list):
    """A list of FrameSummary, as extract_tb returns it."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for f, lineno in frame_gen:
            result.append(FrameSummary(f.f_code.co_filename, lineno, f.f_code.co_name))
        if limit is not None:
            result[:] = result[:limit] if limit >= 0 else result[limit:]
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for item in a_list:
            result.append(item if isinstance(item, FrameSummary) else FrameSummary(*item[:3], line=item[3]))
        return result

    def format_frame_summary(self, frame_summary):
        text = '  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)
        if frame_summary.line:
            text += "    {}\n".format(frame_summary.line)
        return text

    def format(self):
        return [self.format_frame_summary(item) for item in self]


def _source_line(filename, lineno):
    name, lines = _script_lines()
    if filename == name and 0 < lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def extract_tb(tb, limit=None):
    return StackSummary.extract(walk_tb(tb), limit=limit)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        file.write(item)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def walk_stack(f):
    """The frames from f (the caller's when None) outwards through f_back, with their lines."""
    if f is None:
        import inspect
        f = inspect.currentframe()
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_stack(f=None, limit=None):
    if f is None:
        import inspect
        f = inspect.currentframe()  # the script's frame that called (standard modules' are skipped)
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    print_list(extract_stack(f, limit=limit), file=file)


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10):
        self._exc = exc_value
        self.exc_type = exc_type
        self.__cause__ = None
        self.__context__ = None
        self.stack = extract_tb(getattr(exc_value, "__traceback__", None), limit=limit)

    @classmethod
    def from_exception(cls, exc, **kwargs):
        return cls(type(exc), exc, None, **kwargs)

    def format(self, *, chain=True):
        return iter(format_exception(self._exc, chain=chain))

    def format_exception_only(self):
        return iter(format_exception_only(self._exc))

    def __str__(self):
        return str(self._exc)
