# The traceback module prints exception groups as CPython 3.11 does: the boxed, indented layout with
# one numbered section per member, nested groups inside, chained causes and the tracebacks of
# members that were raised.
import io
import sys
import traceback


def fail(n):
    raise ValueError(f"fail {n}")


def collect():
    errors = []
    for n in range(2):
        try:
            fail(n)
        except ValueError as e:
            errors.append(e)
    try:
        raise KeyError("lookup")
    except KeyError as e:
        try:
            raise TypeError("while handling") from e
        except TypeError as t:
            errors.append(t)
    errors.append(ExceptionGroup("inner", [OSError("disk"), ExceptionGroup("deepest", [ZeroDivisionError()])]))
    raise ExceptionGroup("several failures", errors)


def show(text):
    print(text.replace(__file__, "FILE"), end="")


try:
    collect()
except ExceptionGroup as eg:
    show("".join(traceback.format_exception(eg)))
    out = io.StringIO()
    traceback.print_exception(type(eg), eg, eg.__traceback__, file=out)
    show(out.getvalue())
    print(len(traceback.format_exception(eg)) > 10)

plain = ExceptionGroup("never raised", [ValueError(1), TypeError(2)])
show("".join(traceback.format_exception(plain)))
wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
show("".join(traceback.format_exception(wide)))
try:
    try:
        raise ExceptionGroup("first", [ValueError("a")])
    except* ValueError:
        raise RuntimeError("cleanup failed")
except RuntimeError as e:
    show("".join(traceback.format_exception(e)))
