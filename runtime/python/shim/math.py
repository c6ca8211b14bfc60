# math for Loopscope's MicroPython: the built-in module (py/modmath.c, reached as `umath`; extensible
# through patch 0090) plus what CPython 3.11 has and it lacks (gcd, lcm, isqrt, prod, fsum, comb,
# perm, dist, n-dimensional hypot, cbrt, exp2, log1p, remainder, ulp, nextafter): shim/_mathextra.py,
# loaded when a script first reads one (module __getattr__), since a run compiles every shim it imports.

from umath import *
import umath as _umath

_EXTRA = ("gcd", "lcm", "isqrt", "prod", "fsum", "comb", "perm", "dist", "hypot", "cbrt", "exp2", "log1p",
          "remainder", "ulp", "nextafter")
__all__ = [name for name in dir(_umath) if not name.startswith("_")] + list(_EXTRA) + ["tau", "inf", "nan"]

tau = 2 * pi
inf = float("inf")
nan = float("nan")


def __getattr__(name):
    if name not in _EXTRA:
        raise AttributeError("module 'math' has no attribute '%s'" % name)
    import _mathextra
    value = getattr(_mathextra, name)
    globals()[name] = value
    return value
