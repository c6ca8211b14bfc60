# bool is a subclass of int: isinstance/issubclass, except clauses, and everything that printed
# or serialised booleans before still does.
import json
print(isinstance(True, int), issubclass(bool, int), isinstance(1, bool), True + 1, True * 3, int(True))
print(json.dumps([True, False, 1, None]), repr(True), str(False), f"{True}", "%d" % True, "{:d}".format(True))
print(sorted([True, 0, 2, False]), {True: "a", 1: "b"}, hash(True) == hash(1), True == 1)
print(type(True).__name__, bool.__name__, isinstance(False, (str, int)), True.__class__ is bool)
try:
    raise TypeError
except (ValueError, TypeError):
    print("ok")
try:
    raise KeyError(True)
except LookupError as e:
    print("LookupError", e, isinstance(e.args[0], int))


def describe(value):
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    return type(value).__name__


print([describe(v) for v in (True, 0, 1.5, "x")], issubclass(bool, (int, float)))
