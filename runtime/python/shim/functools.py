# functools for Loopscope's MicroPython: the helpers asyncio code uses (wraps, partial, reduce,
# lru_cache/cache, cached_property, total_ordering, cmp_to_key), written for this interpreter.
# Functions take attributes (patch 0041), so update_wrapper is CPython's.

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


class partial:
    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = dict(func.keywords, **keywords)
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        keywords = dict(self.keywords, **keywords)
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend("%s=%r" % (k, v) for k, v in self.keywords.items())
        return "functools.partial(%s)" % ", ".join(parts)


_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    return key


_kwd_mark = object()


class _CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % tuple(self)

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])


def lru_cache(maxsize=128, typed=False):
    if callable(maxsize) and not isinstance(maxsize, int):
        return lru_cache(128, typed)(maxsize)
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        cache = {}
        order = []  # keys, least recently used first
        stats = [0, 0]  # hits, misses

        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            if key in cache:
                stats[0] += 1
                if maxsize is not None:
                    order.remove(key)
                    order.append(key)
                return cache[key]
            stats[1] += 1
            result = user_function(*args, **kwds)
            if maxsize is None or maxsize > 0:
                cache[key] = result
                if maxsize is not None:
                    order.append(key)
                    if len(order) > maxsize:
                        del cache[order.pop(0)]
            return result

        def cache_info():
            return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

        def cache_clear():
            cache.clear()
            order.clear()
            stats[0] = stats[1] = 0

        def cache_parameters():
            return {"maxsize": maxsize, "typed": typed}

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        wrapper.cache_parameters = cache_parameters
        return update_wrapper(wrapper, user_function)

    return decorating_function


def cache(user_function):
    return lru_cache(None)(user_function)


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname or self.func.__name__
        value = self.func(instance)
        setattr(instance, name, value)
        return value


def total_ordering(cls):
    def has(name):
        return name in cls.__dict__
    if has("__lt__"):
        lt = cls.__lt__
        if not has("__gt__"):
            cls.__gt__ = lambda self, other: other.__lt__(self) if type(other) is type(self) else NotImplemented
        if not has("__le__"):
            cls.__le__ = lambda self, other: lt(self, other) or self == other
        if not has("__ge__"):
            cls.__ge__ = lambda self, other: not lt(self, other)
    elif has("__gt__"):
        gt = cls.__gt__
        if not has("__lt__"):
            cls.__lt__ = lambda self, other: gt(other, self) if type(other) is type(self) else NotImplemented
        if not has("__ge__"):
            cls.__ge__ = lambda self, other: gt(self, other) or self == other
        if not has("__le__"):
            cls.__le__ = lambda self, other: not gt(self, other)
    else:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    return cls


def cmp_to_key(mycmp):
    class K:
        __slots__ = ["obj"]

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0
    return K


def _mro(cls):
    # The classes dispatch looks at, most derived first (C3 for single inheritance chains; depth-first
    # for multiple bases), ending with object.
    order = []
    stack = [cls]
    while stack:
        c = stack.pop(0)
        if c not in order and c is not object:
            order.append(c)
            stack = list(getattr(c, "__bases__", ())) + stack
    order.append(object)
    return order


def _annotated_class(func):
    # The class of the first parameter's annotation, read from the source (MicroPython drops
    # annotations): shim/inspect.py knows the script's text.
    import inspect
    import sys
    try:
        annotations = inspect._header_parts(func)[0]
        first = next(iter(inspect.signature(func).parameters))
    except (StopIteration, ValueError, TypeError, OSError):
        return None
    text = annotations.get(first)
    if text is None:
        return None
    namespace = getattr(func, "__globals__", None)
    if namespace is None:
        module = sys.modules.get(getattr(func, "__module__", None) or "__main__")
        namespace = module.__dict__ if module is not None else {}
    try:
        return eval(text, namespace)
    except Exception:
        return None


def singledispatch(func):
    registry = {object: func}
    cache = {}

    def dispatch(cls):
        impl = cache.get(cls)
        if impl is None:
            for base in _mro(cls):
                if base in registry:
                    impl = registry[base]
                    break
            cache[cls] = impl
        return impl

    def register(cls, func=None):
        if func is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            func = cls
            cls = _annotated_class(func)
            if not isinstance(cls, type):
                raise TypeError("Invalid first argument to `register()`: %r. Use either `@register(some_class)` "
                                "or plain `@register` on an annotated function." % (func,))
        registry[cls] = func
        cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError("%s requires at least 1 positional argument" % getattr(func, "__name__",
                                                                                 "singledispatch function"))
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    def __init__(self, func):
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def method(*args, **kwargs):
            impl = dispatcher.dispatch(args[0].__class__)
            if isinstance(impl, (staticmethod, classmethod)):
                return impl.__get__(obj, cls)(*args, **kwargs)
            return impl(*args, **kwargs) if obj is None else impl(obj, *args, **kwargs)

        method.register = self.register
        update_wrapper(method, self.func)
        return method
