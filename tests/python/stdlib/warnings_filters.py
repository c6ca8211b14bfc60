# warnings: categories, filters, catch_warnings(record=True), and the printed form through
# showwarning/formatwarning (warn() prints to stderr, where CPython puts it too).
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("deprecated thing", DeprecationWarning)
    warnings.warn(RuntimeWarning("an instance"))
print([(type(w.message).__name__, str(w.message), w.category.__name__) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
print(len(caught))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for _ in range(3):
        warnings.warn("repeated")
    warnings.filterwarnings("ignore", message="noisy")
    warnings.warn("noisy library message")
print(len(caught), [str(w.message) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("raised:", type(e).__name__, e)

print(repr(warnings.formatwarning("careful", UserWarning, "app.py", 12)))
print(repr(warnings.formatwarning("careful", DeprecationWarning, "app.py", 3, "old_call()  ")))
import sys
warnings.showwarning("shown", FutureWarning, "lib.py", 7, file=sys.stdout)
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception), UserWarning.__mro__[1:3] if hasattr(UserWarning, "__mro__") else (Warning, Exception))


def custom(message, category, filename, lineno, file=None, line=None):
    print("custom:", category.__name__, message)


old = warnings.showwarning
warnings.showwarning = custom
warnings.warn("via custom hook", FutureWarning)
warnings.showwarning = old
try:
    warnings.simplefilter("loudly")
except AssertionError as e:
    print("AssertionError:", e)
