# contextvars (CPython 3.11's names, printed forms and errors): Context, ContextVar, Token,
# copy_context.
#
# Which context is current is native (_lscontext, port/contextvars.c): the engine swaps it when a
# task steps and around callbacks, and per thread. A Context's variables are a dict that is never
# changed in place: ContextVar.set() gives its context a new dict (as CPython's immutable mapping),
# so copy() shares the dict and costs one small object. None as the current context means an empty
# one that nobody made yet; the first set() makes it.
import _lscontext

__all__ = ("Context", "ContextVar", "Token", "copy_context")

_current = _lscontext.current
_swap = _lscontext.swap
_EMPTY = {}


def _addr(obj):
    return "0x%x" % id(obj)


class Context:
    def __init__(self):
        self._vars = _EMPTY
        self._entered = False

    def run(self, callable, *args, **kwargs):
        if self._entered:
            raise RuntimeError("cannot enter context: %r is already entered" % (self,))
        self._entered = True
        previous = _swap(self)
        try:
            return callable(*args, **kwargs)
        finally:
            _swap(previous)
            self._entered = False

    def copy(self):
        return _copy(self)

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._vars[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._vars.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return var in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(self._vars)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    def __repr__(self):
        return "<_contextvars.Context object at %s>" % _addr(self)


def _copy(context):
    # Also what the engine calls to give a task or a callback its copy (registered below).
    new = Context()
    new._vars = context._vars
    return new


_lscontext.register(Context, _copy)


def copy_context():
    current = _current()
    return Context() if current is None else _copy(current)


def _current_or_new():
    current = _current()
    if current is None:
        current = Context()
        _swap(current)
    return current


class _Missing:
    def __repr__(self):
        return "<Token.MISSING>"


_MISSING = _Missing()
_NO_DEFAULT = object()


class ContextVar:
    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError("get expected at most 1 argument, got %d" % len(args))
        current = _current()
        if current is not None:
            vars = current._vars
            if self in vars:
                return vars[self]
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        context = _current_or_new()
        vars = context._vars
        old = vars[self] if self in vars else _MISSING
        new = dict(vars)
        new[self] = value
        context._vars = new
        return Token(context, self, old, _NO_DEFAULT)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got %r" % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        context = _current()
        if token._context is not context:
            raise ValueError("%r was created in a different Context" % (token,))
        token._used = True
        new = dict(context._vars)
        if token._old_value is _MISSING:
            new.pop(self, None)
        else:
            new[self] = token._old_value
        context._vars = new

    def __repr__(self):
        default = ""
        if self._default is not _NO_DEFAULT:
            default = " default=%r" % (self._default,)
        return "<ContextVar name=%r%s at %s>" % (self._name, default, _addr(self))


class Token:
    MISSING = _MISSING

    def __init__(self, context, var, old_value, key=None):
        if key is not _NO_DEFAULT:
            raise RuntimeError("Tokens can only be created by ContextVars")
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = " used" if self._used else ""
        return "<Token%s var=%r at %s>" % (used, self._var, _addr(self))
