# warnings for Loopscope's MicroPython: warn() with CPython's filters (default, error, ignore, always,
# once, module; DeprecationWarning shown only for __main__ as 3.11 does), showwarning/formatwarning
# ("file:line: Category: message"), simplefilter, filterwarnings, resetwarnings, catch_warnings
# (record=True), and the Warning category classes (this interpreter has none built in: importing
# warnings also makes them builtins, as they are in CPython).
#
# There are no frame objects here: a warning's location is the script (sys.argv[0]) at line 0 unless
# warn_explicit() names one, and the source line is not shown.

import sys
import builtins


class Warning(Exception):
    pass


class UserWarning(Warning):
    pass


class DeprecationWarning(Warning):
    pass


class PendingDeprecationWarning(Warning):
    pass


class SyntaxWarning(Warning):
    pass


class RuntimeWarning(Warning):
    pass


class FutureWarning(Warning):
    pass


class ImportWarning(Warning):
    pass


class UnicodeWarning(Warning):
    pass


class BytesWarning(Warning):
    pass


class ResourceWarning(Warning):
    pass


class EncodingWarning(Warning):
    pass


for _cls in (Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning,
             RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
             ResourceWarning, EncodingWarning):
    if not hasattr(builtins, _cls.__name__):
        _cls.__module__ = "builtins"  # they print as CPython's builtins: <class 'Warning'>
        setattr(builtins, _cls.__name__, _cls)
    else:
        globals()[_cls.__name__] = getattr(builtins, _cls.__name__)
del _cls

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# (action, message (lowercased prefix, "" for any), category, module ("" for any), lineno (0: any))
filters = []
defaultaction = "default"
onceregistry = {}
_registry = {}
_filters_version = 1


def _default_filters():
    return [
        ("default", "", DeprecationWarning, "__main__", 0),
        ("ignore", "", DeprecationWarning, "", 0),
        ("ignore", "", PendingDeprecationWarning, "", 0),
        ("ignore", "", ImportWarning, "", 0),
        ("ignore", "", ResourceWarning, "", 0),
    ]


filters[:] = _default_filters()


def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    line = msg.line
    if line is None:
        line = getattr(msg, "_source_line", None)
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, line)
    if msg.source is not None:
        # CPython's: tracemalloc is off, so it says how to learn where the object was made
        text += "%s: Enable tracemalloc to get the object allocation traceback\n" % msg.category.__name__
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    sw = globals()["showwarning"]
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    globals()["_showwarnmsg_impl"](msg)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    # CPython 3.11 checks its arguments with assert statements: AssertionError, same texts.
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter((action, message.lower(), category, module, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter((action, "", category, "", lineno), append)


def _add_filter(item, append):
    global _filters_version
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_version += 1
    _registry.clear()


def resetwarnings():
    global _filters_version
    filters[:] = []
    _filters_version += 1
    _registry.clear()


def _module_matches(pattern, module):
    if not pattern:
        return True
    return module == pattern or pattern.endswith("$") and module == pattern[:-1]


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    filename, lineno, module = _caller_location(stacklevel)
    warn_explicit(message, category, filename, lineno, module, None, None, source)


def _caller_location(stacklevel):
    # The frame `stacklevel` levels above warn() (1: warn's caller), as CPython's sys._getframe;
    # past the outermost frame: the "sys" module, line 1.
    try:
        import _lsinspect
        entries = _lsinspect.stack()
    except Exception:
        entries = []
    start = 0
    while start < len(entries) and entries[start][0].endswith("warnings.py") and entries[start][0].startswith("<stdlib>"):
        start += 1
    index = start + max(stacklevel, 1) - 1
    if index >= len(entries):
        return "sys", 1, "sys"
    filename, lineno, _ = entries[index]
    if filename.startswith("<stdlib>/"):
        module = filename[9:-3] if filename.endswith(".py") else filename[9:]
    else:
        module = "__main__"
    return filename, lineno, module


def _source_line(filename, lineno):
    try:
        import _lsinspect
        script = _lsinspect.script()
    except Exception:
        return None
    if not script or script[0] != filename or not lineno:
        return None
    lines = script[1].split("\n")
    if 0 < lineno <= len(lines):
        return lines[lineno - 1]
    return None


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    _warn_at(message, category, filename, lineno, module, registry, source, None)


def _warn_at(message, category, filename, lineno, module, registry, source, line):
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = _registry
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for action, msg, cat, mod, ln in filters:
        if ((not msg or text.lower().startswith(msg)) and issubclass(category, cat)
                and _module_matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    msg = WarningMessage(message, category, filename, lineno, None, None, source)
    if line is not None:
        msg._source_line = line  # what CPython's linecache would find
    _showwarnmsg(msg)


def _warn_unawaited_coroutine(coro, qualname, filename, lineno, line):
    # What CPython does as it frees a coroutine that never ran (here: a call's value dropped by an
    # expression statement): a RuntimeWarning at the line that dropped it, the coroutine its
    # source; a failure (the "error" filter) is only printed, as CPython's unraisable exceptions.
    msg = "coroutine '%s' was never awaited" % qualname
    try:
        _warn_at(RuntimeWarning(msg), RuntimeWarning, filename, lineno, "__main__", None, coro, line)
    except Exception as e:
        err = sys.stderr
        if err is not None:
            err.write("Exception ignored in: %r\nTraceback (most recent call last):\n"
                      '  File "/usr/lib/python3.11/warnings.py", line 537, in _warn_unawaited_coroutine\n'
                      "    warn(msg, category=RuntimeWarning, stacklevel=2, source=coro)\n"
                      "%s: %s\n" % (coro, type(e).__name__, e))


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._entered = False
        self._filter = (action, category, lineno, append) if action is not None else None

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        global _filters_version
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._saved_filters = filters[:]
        self._saved_showwarning = globals()["showwarning"]
        self._saved_registry = dict(_registry)
        self._saved_once = dict(onceregistry)
        _filters_version += 1
        _registry.clear()
        if self._filter is not None:
            simplefilter(*self._filter)
        self._saved_showwarnmsg_impl = globals()["_showwarnmsg_impl"]
        if self._record:
            # as CPython's: each WarningMessage itself is kept (its source too)
            log = []
            globals()["_showwarnmsg_impl"] = log.append
            globals()["showwarning"] = _showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        global _filters_version
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters[:] = self._saved_filters
        globals()["showwarning"] = self._saved_showwarning
        globals()["_showwarnmsg_impl"] = self._saved_showwarnmsg_impl
        _registry.clear()
        _registry.update(self._saved_registry)
        onceregistry.clear()
        onceregistry.update(self._saved_once)
        _filters_version += 1
        return False
