# warnings.warn() records the caller's file and line (stacklevel=2: its caller's), as CPython's
# sys._getframe does, and formatwarning() shows that line of the script.
import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


def helper():
    warnings.warn("from helper")


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api()
    helper()
    warnings.warn("top level", RuntimeWarning)
for w in caught:
    print(w.category.__name__, w.message, w.filename == __file__, w.lineno)
    print(warnings.formatwarning(w.message, w.category, "script.py", w.lineno, None), end="")
w = caught[0]
print(repr(warnings.formatwarning(w.message, w.category, w.filename, w.lineno).splitlines()[-1]))
