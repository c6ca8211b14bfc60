# sys.exc_info() names the exception being handled: in the except block, in functions it calls,
# after a nested try inside the handler, and nothing once the handler is left.
import sys


def describe():
    kind, value, _ = sys.exc_info()
    return None if kind is None else f"{kind.__name__}: {value}"


def helper_with_own_try():
    try:
        int("7")
    except ValueError:
        pass
    return describe()


def nested_handled():
    try:
        raise KeyError("inner")
    except KeyError:
        inner = describe()
    return inner, describe()


print(describe())
try:
    raise ZeroDivisionError("division by zero")
except ZeroDivisionError:
    print(describe())
    print(helper_with_own_try())
    print(nested_handled())
    try:
        pass
    finally:
        print(describe())
    print(describe())
print(describe())

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError:
    print(describe())
print(describe())


def gen_error():
    raise RuntimeError("from call")


try:
    gen_error()
except RuntimeError:
    print(sys.exc_info()[0] is RuntimeError, isinstance(sys.exc_info()[1], RuntimeError))
print(sys.exc_info() == (None, None, None))
