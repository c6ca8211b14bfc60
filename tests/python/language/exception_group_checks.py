# BaseExceptionGroup/ExceptionGroup check their arguments and pick their class as CPython 3.11.
def attempt(label, make):
    try:
        g = make()
        print(label, "->", type(g).__name__, repr(g))
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("ExceptionGroup('m', [])", lambda: ExceptionGroup("m", []))
attempt("ExceptionGroup('m', [1])", lambda: ExceptionGroup("m", [1]))
attempt("ExceptionGroup('m', [ValueError(), 2])", lambda: ExceptionGroup("m", [ValueError(), 2]))
attempt("ExceptionGroup('m', [ValueError])", lambda: ExceptionGroup("m", [ValueError]))
attempt("ExceptionGroup('m', 5)", lambda: ExceptionGroup("m", 5))
attempt("ExceptionGroup('m', None)", lambda: ExceptionGroup("m", None))
attempt("ExceptionGroup('m', ValueError())", lambda: ExceptionGroup("m", ValueError()))
attempt("ExceptionGroup('m', {})", lambda: ExceptionGroup("m", {}))
attempt("ExceptionGroup(1, [ValueError()])", lambda: ExceptionGroup(1, [ValueError()]))
attempt("ExceptionGroup('m')", lambda: ExceptionGroup("m"))
attempt("ExceptionGroup()", lambda: ExceptionGroup())
attempt("ExceptionGroup('m', [KeyboardInterrupt()])", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt("ExceptionGroup('m', (ValueError(), TypeError()))", lambda: ExceptionGroup("m", (ValueError(), TypeError())))
attempt("BaseExceptionGroup('m', [ValueError()])", lambda: BaseExceptionGroup("m", [ValueError()]))
attempt("BaseExceptionGroup('m', [KeyboardInterrupt()])", lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
attempt("BaseExceptionGroup('m', [ValueError(), SystemExit()])", lambda: BaseExceptionGroup("m", [ValueError(), SystemExit()]))
attempt("BaseExceptionGroup('m', [])", lambda: BaseExceptionGroup("m", []))
attempt("BaseExceptionGroup('m', [1])", lambda: BaseExceptionGroup("m", [1]))
eg = BaseExceptionGroup("m", [ValueError(1)])
print(type(eg) is ExceptionGroup, isinstance(eg, Exception), eg.exceptions, eg.message)
beg = BaseExceptionGroup("m", [KeyboardInterrupt()])
print(type(beg) is BaseExceptionGroup, isinstance(beg, Exception))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b")])])
print(nested, nested.exceptions)
match, rest = nested.split(TypeError)
print(repr(match), repr(rest))
try:
    raise ExceptionGroup("batch", [ValueError("bad"), KeyError("k")])
except* ValueError as group:
    print("caught", repr(group.exceptions))
except* KeyError as group:
    print("caught", repr(group.exceptions))
# a naked exception caught by except* is wrapped in ExceptionGroup('', (exc,)); a bare raise in
# the clause re-raises that wrapper, an unmatched one goes on naked
try:
    try:
        raise ValueError("plain")
    except* ValueError as wrapped:
        print("wrapped:", repr(wrapped))
        raise
except ExceptionGroup as outer:
    print("re-raised:", repr(outer))
try:
    try:
        raise KeyError("naked")
    except* ValueError:
        print("not reached")
except KeyError as naked:
    print("unmatched stays naked:", repr(naked))
try:
    try:
        raise ValueError("v")
    except* ValueError:
        raise RuntimeError("replaced")
except RuntimeError as new:
    print("raised in clause:", repr(new), repr(new.__context__))
