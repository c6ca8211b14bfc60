# Traceback, frame and code objects for exc.__traceback__, sys.exc_info()[2] and f.__code__
# (port/frame_objects.c calls chain() with the entries an exception collected, function_code() with
# a function), and for inspect.currentframe() / stack() (running_frames()).
#
# The interpreter keeps no frame objects: a frame here knows its code's name and file and the line it
# was at, not its variables (f_locals and f_globals are empty dicts). A traceback's frames have no
# f_back; running_frames() links each to its caller.

__all__ = ["chain", "running_frames", "function_code", "coroutine_frame"]

import _lsinspect

# CPython's co_flags bits
_CO_OPTIMIZED, _CO_NEWLOCALS, _CO_VARARGS, _CO_VARKEYWORDS = 0x1, 0x2, 0x4, 0x8
_CO_KIND_FLAGS = {"generator": 0x20, "coroutine": 0x80, "asyncgen": 0x200}


class code:
    def __init__(self, name, filename, firstlineno=1, qualname=None):
        self.co_name = name
        self.co_qualname = qualname or name
        self.co_filename = filename
        self.co_firstlineno = firstlineno
        self.co_argcount = 0
        self.co_posonlyargcount = 0
        self.co_kwonlyargcount = 0
        self.co_varnames = ()
        self.co_nlocals = 0
        self.co_flags = _CO_OPTIMIZED | _CO_NEWLOCALS
        self.co_freevars = ()
        self.co_cellvars = ()

    def __repr__(self):
        return '<code object %s at 0x%x, file "%s", line %d>' % (
            self.co_name, id(self), self.co_filename, self.co_firstlineno)


class frame:
    def __init__(self, code_, lineno, generator=None):
        self.f_code = code_
        self.f_lineno = lineno
        self.f_locals = {}
        self.f_globals = {}
        self.f_back = None
        self.f_generator = generator  # 3.14: the coroutine or generator running in this frame

    def __repr__(self):
        return "<frame at 0x%x, file '%s', line %d, code %s>" % (
            id(self), self.f_code.co_filename, self.f_lineno, self.f_code.co_name)


class traceback:
    def __init__(self, frame_, tb_next):
        self.tb_frame = frame_
        self.tb_lineno = frame_.f_lineno
        self.tb_next = tb_next
        self.tb_lasti = -1

    def __repr__(self):
        return "<traceback object at 0x%x>" % id(self)


def chain(entries, tb=None):
    """The traceback of entries (file, line, function name or None), outermost first, whose
    innermost entry continues with the traceback tb (the entries' inner frames, made before)."""
    for filename, line, name in reversed(entries):
        tb = traceback(frame(code(name or "<module>", filename), line), tb)
    return tb


def running_frames(entries):
    """Frames for entries (file, line, function name) innermost first, each linked to its caller
    through f_back, without the standard modules' frames at the inner end (the caller's own)."""
    start = 0
    while start < len(entries) and entries[start][0].startswith("<stdlib>"):
        start += 1
    frames = [frame(code(name, filename), line) for filename, line, name in entries[start:]]
    for inner, outer in zip(frames, frames[1:]):
        inner.f_back = outer
    return frames


def _first_line(function, line):
    # CPython's co_firstlineno: the `def` line, or its first decorator's (the interpreter knows the
    # body's first line; inspect finds the `def` above it in the script)
    import inspect
    found = inspect._def_line(function)
    if not found or found[1] is None:
        return line
    index, lines = found[1], found[2]
    while index > 0 and lines[index - 1].lstrip().startswith("@"):
        index -= 1
    return index + 1


def function_code(function):
    """The code object of a Python function: its names, parameters and kind (no bytecode)."""
    described = _lsinspect.code(function)
    if described is None:
        raise AttributeError("'function' object has no attribute '__code__'")
    kind, filename, line, positional, keyword_only, varargs, varkw = described[:7]
    result = code(function.__name__, filename, _first_line(function, line),
                  getattr(function, "__qualname__", None))
    result.co_argcount = len(positional)
    result.co_kwonlyargcount = len(keyword_only)
    result.co_varnames = tuple(positional) + tuple(keyword_only)
    result.co_nlocals = len(result.co_varnames)
    result.co_flags |= (_CO_VARARGS if varargs else 0) | (_CO_VARKEYWORDS if varkw else 0)
    result.co_flags |= _CO_KIND_FLAGS.get(kind, 0)
    return result


def coroutine_frame(function, line):
    """A live coroutine's cr_frame: the code of the function it runs, at the line it is at."""
    return frame(function_code(function), line)
