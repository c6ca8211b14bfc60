# What a function tells about itself, as CPython: __defaults__ / __kwdefaults__ (None when there
# are none), __closure__ with its cells' cell_contents, and the type names of built-in objects.
def f(a, b=2, *args, c=3, d, **kw):
    return a


def g():
    pass


print(f.__defaults__, f.__kwdefaults__, g.__defaults__, g.__kwdefaults__)
print((lambda x=1, *, y=2: x).__defaults__, (lambda x=1, *, y=2: x).__kwdefaults__)


def counter():
    count = 0
    step = 1

    def bump():
        nonlocal count
        count += step
        return count
    return bump


c = counter()
print(c(), c(), [cell.cell_contents for cell in c.__closure__], g.__closure__)
print(type(c.__closure__[0]).__name__, len(c.__closure__))


def late():
    def inner():
        return value
    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    value = 5
    return cell.cell_contents


print(late())
print(type(print), type(len), type(...), type(NotImplemented), ..., NotImplemented)
d = {"a": 1}
print(type(d.keys()), type(d.values()), type(d.items()), type(d.items()).__name__)
print(d.keys(), d.values(), d.items(), list(d.items()))
print(type(print).__name__, callable(print))
try:
    print.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(list(zip([1, 2], "ab", strict=True)), list(zip(strict=False)))
for args in (([1, 2], [1]), ([1], [1, 2]), ([1, 2], [1, 2], [1]), ([1], [1], [1, 2]), ([], [1])):
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print("ValueError:", e)
try:
    zip([1], bad=True)
except TypeError as e:
    print("TypeError:", e)
