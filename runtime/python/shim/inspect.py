# inspect for Loopscope's MicroPython: the predicates, signature() of Python functions and getsource()
# of the script's own functions and classes, with CPython 3.11's names and printed forms.
#
# How it knows (native layer _lsinspect, port/inspect_support.c): a function's code gives its kind
# (function, generator, coroutine, async generator), parameters, defaults and first line; the
# script's text gives the rest.
# Annotations come from the source text (MicroPython drops them); signature() of a builtin raises
# ValueError (MicroPython keeps no signature for them); currentframe() and stack() give frames that
# know their function, file and line, not their variables (shim/_frame_objects.py).

import _lsinspect
import _frame_objects
import sys

__all__ = ["BoundArguments", "CORO_CLOSED", "CORO_CREATED", "CORO_RUNNING", "CORO_SUSPENDED", "CO_COROUTINE",
           "GEN_CLOSED", "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "getgeneratorstate", "getgeneratorlocals",
           "Parameter", "Signature", "cleandoc", "currentframe", "getcoroutinelocals", "getcoroutinestate",
           "getdoc", "getfile", "getmembers", "getmodule", "getsource", "getsourcelines", "isabstract",
           "isasyncgen", "isasyncgenfunction", "isawaitable", "isbuiltin", "isclass", "iscoroutine",
           "iscoroutinefunction", "isfunction", "isgenerator", "isgeneratorfunction", "ismethod", "ismodule",
           "isroutine", "signature", "stack", "unwrap", "FrameInfo", "getframeinfo", "getouterframes"]

CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200

# ---- source text ---------------------------------------------------------------------------------

_script = []


def _script_lines(filename):
    if not _script:
        name, text = _lsinspect.script()
        _script.append((name, text.splitlines(True)))
    name, lines = _script[0]
    return lines if filename is None or filename == name else None


def _is_def_line(text, name):
    text = text.lstrip()
    is_async = text.startswith("async ")
    if is_async:
        text = text[6:].lstrip()
    if not text.startswith("def "):
        return None
    rest = text[4:].lstrip()
    if name is not None and not (rest.startswith(name) and rest[len(name):len(name) + 1] in ("(", " ")):
        return None
    return "async" if is_async else "def"


def _def_line(obj):
    # (kind from the code, index of the `def` line in the script's lines, the lines) or None.
    code = _lsinspect.code(obj)
    if code is None:
        return None
    lines = _script_lines(code[1])
    if lines is None:
        return code, None, None
    name = getattr(obj, "__name__", None)
    if name == "<lambda>" or code[0].endswith("_instance"):
        name = None
    line = code[2] - 1
    for index in range(min(line, len(lines) - 1), max(-1, line - 50), -1):
        if _is_def_line(lines[index], name):
            return code, index, lines
    return code, None, lines


def _block(lines, index):
    # The statement starting at lines[index], with the decorators above it and its indented body.
    start = index
    while start > 0 and lines[start - 1].lstrip().startswith("@"):
        start -= 1
    indent = len(lines[index]) - len(lines[index].lstrip())
    end = index + 1
    depth = _bracket_depth(lines[index])
    while end < len(lines) and depth > 0:  # a header spread over lines
        depth += _bracket_depth(lines[end])
        end += 1
    last = end
    while end < len(lines):
        text = lines[end]
        if text.strip() == "" or text.lstrip().startswith("#"):
            end += 1
            continue
        if len(text) - len(text.lstrip()) <= indent:
            break
        end += 1
        last = end
    return lines[start:last], start + 1


def _bracket_depth(text):
    return sum(text.count(c) for c in "([{") - sum(text.count(c) for c in ")]}")


# ---- predicates ---------------------------------------------------------------------------------

def _unwrap_partial(obj):
    while type(obj).__name__ == "partial" and hasattr(obj, "func"):
        obj = obj.func
    return _function_of(obj)


def _function_of(obj):
    # The function of a bound method (MicroPython's have no __func__), else obj.
    parts = _lsinspect.unbind(obj)
    return obj if parts is None else parts[0]


def _code_kind(obj):
    code = _lsinspect.code(obj)
    return None if code is None else code[0]


def ismodule(obj):
    return type(obj).__name__ == "module"


def isclass(obj):
    return isinstance(obj, type)


class _Probe:
    def method(self):
        pass


_MethodType = type(_Probe().method)  # (CPython's types.MethodType: named `method`, patch 0330)


def ismethod(obj):
    return type(obj) is _MethodType


def isfunction(obj):
    kind = _code_kind(obj)
    return kind is not None and not kind.endswith("_instance")


def isgeneratorfunction(obj):
    return _code_kind(_unwrap_partial(obj)) == "generator"


def iscoroutinefunction(obj):
    obj = _unwrap_partial(obj)
    kind = _code_kind(obj)
    if kind is not None:
        return kind == "coroutine"
    # asyncio.sleep and the other functions CPython writes as `async def` are native here
    import asyncio

    return asyncio.iscoroutinefunction(obj)


def isasyncgenfunction(obj):
    return _code_kind(_unwrap_partial(obj)) == "asyncgen"


def isgenerator(obj):
    return _code_kind(obj) == "generator_instance"


def iscoroutine(obj):
    # (the runtime's native awaitables, asyncio.sleep() or Queue.put(), are coroutines in CPython)
    if _code_kind(obj) == "coroutine_instance":
        return True
    import asyncio
    return type(obj).__name__ == "coroutine" and asyncio.iscoroutine(obj)


def isasyncgen(obj):
    return type(obj).__name__ == "async_generator"


def isawaitable(obj):
    if iscoroutine(obj):
        return True
    if isclass(obj) or isgenerator(obj):
        return False
    return hasattr(type(obj), "__await__") or hasattr(obj, "__await__")


def isbuiltin(obj):
    return callable(obj) and not isclass(obj) and _code_kind(obj) is None and not ismethod(obj) \
        and type(obj).__name__ in ("function", "builtin_function_or_method")


def isroutine(obj):
    return isfunction(obj) or ismethod(obj) or isbuiltin(obj)


def isabstract(obj):
    return bool(getattr(obj, "__abstractmethods__", False))


def iscode(obj):
    return isinstance(obj, _frame_objects.code)


def isframe(obj):
    return isinstance(obj, _frame_objects.frame)


def istraceback(obj):
    return isinstance(obj, _frame_objects.traceback)


# ---- coroutine and generator states -------------------------------------------------------------
# cr_frame is None once a coroutine finished (reading it makes a frame object otherwise), cr_running says it runs,
# and a started coroutine is always suspended at an `await` (cr_await is what it awaits), so one
# that is neither finished, running nor awaiting has not started.

CORO_CREATED = "CORO_CREATED"
CORO_RUNNING = "CORO_RUNNING"
CORO_SUSPENDED = "CORO_SUSPENDED"
CORO_CLOSED = "CORO_CLOSED"


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    try:
        if coroutine.cr_frame is None:
            return CORO_CLOSED
    except AttributeError:
        pass  # live: no frame object
    if coroutine.cr_await is not None:
        return CORO_SUSPENDED
    return CORO_CREATED


def getcoroutinelocals(coroutine):
    return {}


GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    return {}


def currentframe():
    # The caller's frame (shim/_frame_objects.py: code name, file and line; no variables)
    frames = _frame_objects.running_frames(_lsinspect.stack())
    return frames[0] if frames else None


class FrameInfo(tuple):
    def __new__(cls, frame, filename, lineno, function, code_context, index):
        return tuple.__new__(cls, (frame, filename, lineno, function, code_context, index))

    frame = property(lambda self: self[0])
    filename = property(lambda self: self[1])
    lineno = property(lambda self: self[2])
    function = property(lambda self: self[3])
    code_context = property(lambda self: self[4])
    index = property(lambda self: self[5])


def _source_line(filename, lineno):
    lines = _script_lines(filename)
    if lines and 0 < lineno <= len(lines):
        return lines[lineno - 1]
    return None


def _frame_info(frame):
    code = frame.f_code
    line = _source_line(code.co_filename, frame.f_lineno)
    return FrameInfo(frame, code.co_filename, frame.f_lineno, code.co_name,
                     [line] if line is not None else None, 0 if line is not None else None)


def stack(context=1):
    return [_frame_info(f) for f in _frame_objects.running_frames(_lsinspect.stack())]


class Traceback(tuple):
    def __new__(cls, filename, lineno, function, code_context, index):
        return tuple.__new__(cls, (filename, lineno, function, code_context, index))

    filename = property(lambda self: self[0])
    lineno = property(lambda self: self[1])
    function = property(lambda self: self[2])
    code_context = property(lambda self: self[3])
    index = property(lambda self: self[4])


def getframeinfo(frame, context=1):
    return Traceback(*_frame_info(frame)[1:])


def getouterframes(frame, context=1):
    result = []
    while frame is not None:
        result.append(_frame_info(frame))
        frame = frame.f_back
    return result


def unwrap(func, *, stop=None):
    seen = set()
    while hasattr(func, "__wrapped__") and not (stop is not None and stop(func)):
        if id(func) in seen:
            raise ValueError("wrapper loop when unwrapping %r" % (func,))
        seen.add(id(func))
        func = func.__wrapped__
    return func


def getmembers(obj, predicate=None):
    results = []
    for name in dir(obj):
        try:
            value = getattr(obj, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((name, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmodule(obj):
    name = getattr(obj, "__module__", None)
    return sys.modules.get(name) if name else None


def getfile(obj):
    if ismodule(obj):
        filename = getattr(obj, "__file__", None)
        if filename is None:
            raise TypeError("%r is a built-in module" % (obj,))
        return filename
    code = _lsinspect.code(_unwrap_partial(obj))
    if code is None:
        if isclass(obj):
            module = getmodule(obj)
            if module is not None and getattr(module, "__file__", None):
                return module.__file__
        raise TypeError("module, class, method, function, traceback, frame, or code object was expected, got %s"
                        % type(obj).__name__)
    return code[1]


def cleandoc(doc):
    lines = doc.replace("\t", "        ").split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(obj):
    doc = getattr(obj, "__doc__", None)
    if doc is None and (isfunction(obj) or ismethod(obj) or isclass(obj)):
        doc = _source_docstring(obj)
    return cleandoc(doc) if isinstance(doc, str) else None


def _source_docstring(obj):
    # MicroPython's compiler drops docstrings: read the first statement of the body in the source.
    try:
        lines, _ = getsourcelines(obj)
    except (OSError, TypeError):
        return None
    depth = 0
    body = 0
    for body, text in enumerate(lines):
        if text.lstrip().startswith("@"):
            continue
        depth += _bracket_depth(text)
        if depth <= 0 and text.rstrip().endswith(":"):
            break
    text = "".join(lines[body + 1:]).lstrip()
    for quote in ('"""', "'''", '"', "'"):
        for prefix in ("", "r"):
            if text.startswith(prefix + quote):
                end = text.find(quote, len(prefix) + len(quote))
                if end > 0:
                    try:
                        return eval(text[:end + len(quote)])
                    except SyntaxError:
                        return None
    return None


def getsourcelines(obj):
    obj = unwrap(_unwrap_partial(obj))
    if ismodule(obj):
        lines = _script_lines(getattr(obj, "__file__", None))
        if lines is None:
            raise OSError("could not get source code")
        return lines, 0
    if isclass(obj):
        lines = _script_lines(None)  # classes keep no file: the script's own text
        if lines is None:
            raise OSError("could not find class definition")
        for index, text in enumerate(lines):
            stripped = text.lstrip()
            if stripped.startswith("class ") and stripped[6:].lstrip().startswith(obj.__name__) and \
                    stripped[6:].lstrip()[len(obj.__name__):len(obj.__name__) + 1] in ("(", ":", " "):
                return _block(lines, index)
        raise OSError("could not find class definition")
    found = _def_line(obj)
    if found is None:
        raise TypeError("module, class, method, function, traceback, frame, or code object was expected, got %s"
                        % ("builtin_function_or_method" if callable(obj) else type(obj).__name__))
    code, index, lines = found
    if index is None:
        raise OSError("could not get source code")
    return _block(lines, index)


def getsource(obj):
    return "".join(getsourcelines(obj)[0])


# ---- signatures ---------------------------------------------------------------------------------

class _Empty:
    # Parameter.empty / Signature.empty: CPython's is the class inspect._empty; an instance printing
    # as that class keeps `is Parameter.empty` tests and printed forms the same.
    def __repr__(self):
        return "<class 'inspect._empty'>"


_empty = _Empty()


class _void:
    pass


class _ParameterKind:
    def __init__(self, value, name, description):
        self.value = value
        self.name = name
        self.description = description

    def __repr__(self):
        return "<_ParameterKind.%s: %d>" % (self.name, self.value)

    def __str__(self):
        return self.name

    def __eq__(self, other):
        return self is other or (isinstance(other, int) and other == self.value)

    def __lt__(self, other):
        return self.value < (other.value if isinstance(other, _ParameterKind) else other)

    def __hash__(self):
        return self.value


_POSITIONAL_ONLY = _ParameterKind(0, "POSITIONAL_ONLY", "positional-only")
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, "POSITIONAL_OR_KEYWORD", "positional or keyword")
_VAR_POSITIONAL = _ParameterKind(2, "VAR_POSITIONAL", "variadic positional")
_KEYWORD_ONLY = _ParameterKind(3, "KEYWORD_ONLY", "keyword-only")
_VAR_KEYWORD = _ParameterKind(4, "VAR_KEYWORD", "variadic keyword")


class _Annotation:
    # An annotation known only by its source text: prints as that text.
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return self.text


def _annotation_text(annotation):
    if isinstance(annotation, _Annotation):
        return annotation.text
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, type):
        module = getattr(annotation, "__module__", "builtins")
        return annotation.__name__ if module in ("builtins", None) else module + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    empty = _empty
    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if not isinstance(kind, _ParameterKind):
            raise ValueError("value %r is not a valid Parameter.kind" % (kind,))
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError("%s parameters cannot have default values" % kind.description)
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a %s" % type(name).__name__)
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return Parameter(self._name if name is _void else name, self._kind if kind is _void else kind,
                         default=self._default if default is _void else default,
                         annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text += ": " + _annotation_text(self._annotation)
        if self._default is not _empty:
            text += (" = " if self._annotation is not _empty else "=") + repr(self._default)
        if self._kind is _VAR_POSITIONAL:
            text = "*" + text
        elif self._kind is _VAR_KEYWORD:
            text = "**" + text
        return text

    def __repr__(self):
        return '<Parameter "%s">' % self

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name, self._kind, self._default, self._annotation) == \
            (other._name, other._kind, other._default, other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind.value))


class _MappingProxy:
    # The read-only view Signature.parameters is (CPython: mappingproxy(OrderedDict(...))).
    def __init__(self, items):
        self._items = items
        self._index = dict(items)

    def __getitem__(self, key):
        return self._index[key]

    def __contains__(self, key):
        return key in self._index

    def __iter__(self):
        return iter([name for name, _ in self._items])

    def __len__(self):
        return len(self._items)

    def keys(self):
        return [name for name, _ in self._items]

    def values(self):
        return [value for _, value in self._items]

    def items(self):
        return list(self._items)

    def get(self, key, default=None):
        return self._index.get(key, default)

    def __repr__(self):
        return "mappingproxy(OrderedDict([%s]))" % ", ".join("(%r, %r)" % pair for pair in self._items)


class BoundArguments:
    def __init__(self, signature, arguments):
        self._signature = signature
        self.arguments = arguments

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        result = []
        for param in self._signature.parameters.values():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or param.name not in self.arguments:
                break
            if param.kind is _VAR_POSITIONAL:
                result.extend(self.arguments[param.name])
            else:
                result.append(self.arguments[param.name])
        return tuple(result)

    @property
    def kwargs(self):
        result = {}
        started = False
        for param in self._signature.parameters.values():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or param.name not in self.arguments:
                    started = True
                elif param.kind is _VAR_POSITIONAL:
                    continue
            if not started or param.name not in self.arguments:
                continue
            if param.kind is _VAR_KEYWORD:
                result.update(self.arguments[param.name])
            elif param.kind is not _VAR_POSITIONAL:
                result[param.name] = self.arguments[param.name]
        return result

    def apply_defaults(self):
        filled = {}
        for param in self._signature.parameters.values():
            if param.name in self.arguments:
                filled[param.name] = self.arguments[param.name]
            elif param.default is not _empty:
                filled[param.name] = param.default
            elif param.kind is _VAR_POSITIONAL:
                filled[param.name] = ()
            elif param.kind is _VAR_KEYWORD:
                filled[param.name] = {}
        self.arguments = filled

    def __repr__(self):
        return "<BoundArguments (%s)>" % ", ".join("%s=%r" % pair for pair in self.arguments.items())


class Signature:
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        items = [(p.name, p) for p in (parameters or ())]
        self._parameters = _MappingProxy(items)
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return signature(obj, follow_wrapped=follow_wrapped)

    def replace(self, *, parameters=_void, return_annotation=_void):
        return Signature(self.parameters.values() if parameters is _void else parameters,
                         return_annotation=self._return_annotation if return_annotation is _void
                         else return_annotation)

    def __str__(self):
        parts = []
        keyword_marker_needed = True
        for param in self._parameters.values():
            if param.kind is _VAR_POSITIONAL:
                keyword_marker_needed = False
            elif param.kind is _KEYWORD_ONLY and keyword_marker_needed:
                parts.append("*")
                keyword_marker_needed = False
            parts.append(str(param))
        text = "(%s)" % ", ".join(parts)
        if self._return_annotation is not _empty:
            text += " -> " + _annotation_text(self._return_annotation)
        return text

    def __repr__(self):
        return "<Signature %s>" % self

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return self._return_annotation == other._return_annotation and \
            self._parameters.items() == other._parameters.items()

    def __hash__(self):
        # equal signatures (same parameters, same return annotation) hash alike; CPython's are hashable
        return hash((frozenset(self._parameters.values()), self._return_annotation))

    def _bind(self, args, kwargs, partial):
        arguments = {}
        params = self._parameters.values()
        kwargs = dict(kwargs)
        args = list(args)
        index = 0
        for param in params:
            if param.kind is _VAR_POSITIONAL:
                if index < len(args):
                    arguments[param.name] = tuple(args[index:])
                    index = len(args)
            elif param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                if index < len(args):
                    if param.name in kwargs and param.kind is _POSITIONAL_OR_KEYWORD:
                        raise TypeError("multiple values for argument %r" % param.name)
                    arguments[param.name] = args[index]
                    index += 1
                elif param.name in kwargs and param.kind is _POSITIONAL_OR_KEYWORD:
                    arguments[param.name] = kwargs.pop(param.name)
                elif param.default is _empty and not partial:
                    raise TypeError("missing a required argument: %r" % param.name)
            elif param.kind is _KEYWORD_ONLY:
                if param.name in kwargs:
                    arguments[param.name] = kwargs.pop(param.name)
                elif param.default is _empty and not partial:
                    raise TypeError("missing a required argument: %r" % param.name)
            elif param.kind is _VAR_KEYWORD:
                if kwargs:
                    arguments[param.name] = kwargs
                    kwargs = {}
        if index < len(args):
            raise TypeError("too many positional arguments")
        if kwargs:
            raise TypeError("got an unexpected keyword argument %r" % next(iter(kwargs)))
        return BoundArguments(self, arguments)

    def bind(self, *args, **kwargs):
        return self._bind(args, kwargs, False)

    def bind_partial(self, *args, **kwargs):
        return self._bind(args, kwargs, True)


def _split_top_level(text):
    # The comma-separated items of a parameter list, commas inside brackets or strings kept.
    items = []
    depth = 0
    quote = None
    current = ""
    i = 0
    while i < len(text):
        c = text[i]
        if quote:
            current += c
            if c == "\\" and i + 1 < len(text):
                current += text[i + 1]
                i += 1
            elif c == quote:
                quote = None
        elif c in "'\"":
            quote = c
            current += c
        elif c in "([{":
            depth += 1
            current += c
        elif c in ")]}":
            depth -= 1
            current += c
        elif c == "," and depth == 0:
            items.append(current.strip())
            current = ""
        else:
            current += c
        i += 1
    if current.strip():
        items.append(current.strip())
    return items


def _header_parts(obj):
    # {parameter name: annotation text} and the return annotation text, from the `def` in the source.
    found = _def_line(obj)
    if found is None or found[1] is None:
        return {}, {}, None, {}
    code, index, lines = found
    header = "".join(lines[index:index + 30])
    start = header.find("(")
    depth = 0
    end = start
    for end in range(start, len(header)):
        if header[end] in "([{":
            depth += 1
        elif header[end] in ")]}":
            depth -= 1
            if depth == 0:
                break
    params = _split_top_level(header[start + 1:end])
    rest = header[end + 1:]
    returns = None
    colon = rest.find(":")
    if "->" in rest[:colon if colon >= 0 else len(rest)]:
        returns = rest[rest.find("->") + 2:colon].strip()
    annotations = {}
    star_names = {}
    order = {}
    for param in params:
        name = param.split("=")[0]
        annotation = None
        if ":" in name:
            name, annotation = name.split(":", 1)
            annotation = annotation.strip()
        name = name.strip()
        if name.startswith("**"):
            star_names["**"] = name[2:].strip()
            name = name[2:].strip()
        elif name.startswith("*"):
            if name[1:].strip():
                star_names["*"] = name[1:].strip()
            name = name[1:].strip()
        if annotation:
            annotations[name] = annotation
        order[name] = len(order)
    return annotations, star_names, returns, order


def signature(obj, *, follow_wrapped=True):
    if not callable(obj):
        raise TypeError("%r is not a callable object" % (obj,))
    bound = False
    target = obj
    if follow_wrapped:
        target = unwrap(target)
    if type(target).__name__ == "partial" and hasattr(target, "func"):
        base = signature(target.func)
        params = list(base.parameters.values())[len(target.args):]
        params = [p for p in params if p.name not in target.keywords]
        return Signature(params, return_annotation=base.return_annotation)
    if isclass(target):
        init = getattr(target, "__init__", None)
        if init is None or _lsinspect.code(init) is None:
            return Signature([])
        target = init
        bound = True
    elif ismethod(target):
        target = _function_of(target)
        bound = True
    code = _lsinspect.code(target)
    if code is None or code[0].endswith("_instance"):
        raise ValueError("no signature found for builtin %r" % (obj,))
    kind, filename, line, positional, keyword_only, varargs, varkw, defaults, kw_defaults = code
    annotations, star_names, returns, order = _header_parts(target)
    if order:  # MicroPython lists keyword-only parameters with defaults first
        keyword_only = sorted(keyword_only, key=lambda name: order.get(name, len(order)))

    # The function's own `__annotations__` hold the evaluated objects (text under `from __future__
    # import annotations`, as in CPython); the source text serves only callables without them.
    evaluated = getattr(target, "__annotations__", None)
    if not isinstance(evaluated, dict):
        evaluated = None

    def annotation(name):
        if evaluated is not None:
            return evaluated.get(name, _empty)
        text = annotations.get(name)
        return _empty if text is None else _Annotation(text)

    params = []
    first_default = len(positional) - len(defaults)
    for i, name in enumerate(positional):
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, _POSITIONAL_OR_KEYWORD, default=default, annotation=annotation(name)))
    if varargs:
        name = star_names.get("*", "args")
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotation(name)))
    for name in keyword_only:
        default = kw_defaults.get(name, _empty) if kw_defaults else _empty
        params.append(Parameter(name, _KEYWORD_ONLY, default=default, annotation=annotation(name)))
    if varkw:
        name = star_names.get("**", "kwargs")
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotation(name)))
    if bound and params and params[0].kind is _POSITIONAL_OR_KEYWORD:
        params = params[1:]
    if evaluated is not None:
        return Signature(params, return_annotation=evaluated.get("return", _empty))
    return Signature(params, return_annotation=_empty if returns is None else _Annotation(returns))
