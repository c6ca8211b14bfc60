# copy for Loopscope's MicroPython: copy() and deepcopy() (with the memo that keeps shared and
# cyclic references), honouring __copy__ / __deepcopy__ as CPython does. Instances of plain classes
# are copied through their __dict__ (this interpreter has no __reduce_ex__).

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range, slice, type(print),
           type(Ellipsis), type(NotImplemented))


def _new_like(obj):
    cls = type(obj)
    new = object.__new__(cls)
    return new


def _instance_state(obj):
    try:
        return obj.__dict__
    except AttributeError:
        return None


def copy(x):
    cls = type(x)
    if isinstance(x, _ATOMIC) or callable(x) and not hasattr(x, "__dict__"):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduction(x, cls)
    if rv is not None:
        return _reconstruct(x, None, *rv)
    if cls in (list, dict, set, bytearray):
        return cls(x)
    if cls in (tuple, frozenset):
        return x
    if isinstance(x, (list, dict, set)):
        new = cls(x)
        state = _instance_state(x)
        if state:
            new.__dict__.update(state)
        return new
    if isinstance(x, (tuple, frozenset)):
        # A subclass of an immutable built-in (namedtuple...): made again from its items, as
        # copyreg.__newobj__ does (object.__new__ cannot make one).
        getnewargs = getattr(cls, "__getnewargs__", None)
        args = x.__getnewargs__() if getnewargs is not None else (tuple(x),)
        new = cls.__new__(cls, *args) if getattr(cls, "__new__", None) is not None else cls(*args)
        state = _instance_state(x)
        if state:
            for key, value in state.items():
                object.__setattr__(new, key, value)
        return new
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None or getattr(cls, "__setstate__", None) is not None:
        new = _new_like(x)
        state = x.__getstate__() if getstate is not None else _instance_state(x)
        if state:
            _set_state(new, state)
        return new
    state = _instance_state(x)
    if state is None:
        raise Error("un(shallow)copyable object of type %s" % cls)
    new = _new_like(x)
    for key, value in state.items():
        object.__setattr__(new, key, value)
    return new


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if isinstance(x, _ATOMIC) or callable(x) and not hasattr(x, "__dict__"):
        return x
    copier = getattr(cls, "__deepcopy__", None)
    rv = None if copier is not None else _reduction(x, cls)
    if copier is not None:
        y = copier(x, memo)
    elif rv is not None:
        y = _reconstruct(x, memo, *rv)
    elif cls is list or isinstance(x, list):
        y = cls() if cls is list else _new_like_container(x)
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict or isinstance(x, dict):
        y = cls() if cls is dict else _new_like_container(x)
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif isinstance(x, tuple) and hasattr(x, "_fields"):
        y = cls(*[deepcopy(item, memo) for item in x])
    elif isinstance(x, tuple) and cls is not tuple:
        y = cls(tuple(deepcopy(item, memo) for item in x))
    elif cls in (set, frozenset, bytearray):
        y = cls(deepcopy(item, memo) for item in x) if cls is not bytearray else bytearray(x)
    elif getattr(cls, "__getstate__", None) is not None or getattr(cls, "__setstate__", None) is not None:
        y = _new_like(x)
        memo[d] = y
        getstate = getattr(cls, "__getstate__", None)
        state = x.__getstate__() if getstate is not None else _instance_state(x)
        if state:
            _set_state(y, deepcopy(state, memo))
    else:
        state = _instance_state(x)
        if state is None:
            raise Error("un(deep)copyable object of type %s" % cls)
        y = _new_like(x)
        memo[d] = y
        for key, value in state.items():
            object.__setattr__(y, key, deepcopy(value, memo))
    memo[d] = y
    if y is not x:
        memo.setdefault(id(memo), []).append(x)  # keep x alive as CPython's memo does
    return y


def _new_like_container(x):
    y = type(x)()
    state = _instance_state(x)
    if state:
        y.__dict__.update(state)
    return y


def _reduction(x, cls):
    # What pickle would use (copyreg.dispatch_table, the class's __reduce_ex__ / __reduce__), as
    # CPython's copy does; None for the plain cases handled above.
    import copyreg
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        rv = reductor(x)
    elif getattr(cls, "__reduce_ex__", None) is not None:
        rv = x.__reduce_ex__(4)
    elif getattr(cls, "__reduce__", None) is not None:
        rv = x.__reduce__()
    else:
        return None
    if isinstance(rv, str):
        return (None, x)
    return (rv,)


def _set_state(y, state):
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        for key, value in state.items():
            object.__setattr__(y, key, value)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _reconstruct(x, memo, rv, same=None):
    if rv is None:
        return same
    deep = memo is not None
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
