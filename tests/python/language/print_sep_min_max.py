# print()'s sep/end and max()/min() errors, as CPython 3.11.
def attempt(label, call):
    try:
        print(label, "->", repr(call()))
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("print(1, sep=1)", lambda: print(1, sep=1))
attempt("print(1, end=1)", lambda: print(1, end=1))
attempt("print(1, 2, sep=b'x')", lambda: print(1, 2, sep=b"x"))
attempt("print(1, end=2.5)", lambda: print(1, end=2.5))
attempt("print(1, sep=1, end=2)", lambda: print(1, sep=1, end=2))
print(1, 2, sep=None, end=None)
print(1, 2, sep="-", end="!\n")

class Sep(str):
    pass

print("a", "b", sep=Sep("+"))
attempt("max([])", lambda: max([]))
attempt("min([])", lambda: min([]))
attempt("max(())", lambda: max(()))
attempt("min(iter([]))", lambda: min(iter([])))
attempt("max()", lambda: max())
attempt("min()", lambda: min())
attempt("max([], default=3)", lambda: max([], default=3))
attempt("max([], key=len)", lambda: max([], key=len))
attempt("max(1, 2, default=3)", lambda: max(1, 2, default=3))
attempt("min(1, 2, default=3)", lambda: min(1, 2, default=3))
attempt("max(5)", lambda: max(5))
attempt("max([3, 1, 2])", lambda: max([3, 1, 2]))
attempt("min('bca')", lambda: min("bca"))
attempt("max(['a', 'bbb', 'cc'], key=len)", lambda: max(["a", "bbb", "cc"], key=len))
attempt("min(4, 2, 8)", lambda: min(4, 2, 8))
attempt("max({}, default=None)", lambda: max({}, default=None))
