# math for Loopscope's MicroPython: the built-in module (py/modmath.c, reached as `umath`; extensible
# through patch 0090) plus what CPython 3.11 has and it lacks (gcd, lcm, isqrt, prod, fsum, comb,
# perm, dist, n-dimensional hypot, remainder, ulp, nextafter): shim/_mathextra.py,
# loaded when a script first calls one, since a run compiles every shim it imports.

from umath import *
import umath as _umath

_EXTRA = ("gcd", "lcm", "isqrt", "prod", "fsum", "comb", "perm", "dist", "hypot", "remainder", "ulp", "nextafter")
__all__ = [name for name in dir(_umath) if not name.startswith("_")] + list(_EXTRA) + ["tau", "inf", "nan"]

tau = 2 * pi
inf = float("inf")
nan = float("nan")


def _load(name):
    # Replaces the stubs below with shim/_mathextra.py's functions, on the first call of one.
    import _mathextra
    namespace = globals()
    for extra in _EXTRA:
        namespace[extra] = getattr(_mathextra, extra)
    return namespace[name]


# Stubs rather than a module __getattr__: `from math import *` copies the module's names.
def gcd(*a): return _load("gcd")(*a)
def lcm(*a): return _load("lcm")(*a)
def isqrt(n): return _load("isqrt")(n)
def prod(iterable, *, start=1): return _load("prod")(iterable, start=start)
def fsum(iterable): return _load("fsum")(iterable)
def comb(n, k): return _load("comb")(n, k)
def perm(n, k=None): return _load("perm")(n, k)
def dist(p, q): return _load("dist")(p, q)
def hypot(*a): return _load("hypot")(*a)
def remainder(x, y): return _load("remainder")(x, y)
def ulp(x): return _load("ulp")(x)
def nextafter(x, y): return _load("nextafter")(x, y)
