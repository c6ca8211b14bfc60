# copy for Loopscope's MicroPython: copy() and deepcopy() (with the memo that keeps shared and
# cyclic references), honouring __copy__ / __deepcopy__ as CPython does. Instances of plain classes
# are copied through their __dict__ (this interpreter has no __reduce_ex__).

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range, type(print),
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
    if copier is not None:
        y = copier(x, memo)
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
    elif cls in (set, frozenset, bytearray):
        y = cls(deepcopy(item, memo) for item in x) if cls is not bytearray else bytearray(x)
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
