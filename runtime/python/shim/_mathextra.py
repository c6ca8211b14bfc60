# What CPython 3.11's math has and the built-in (py/modmath.c, `umath`) lacks: gcd, lcm, isqrt,
# prod, fsum, comb, perm, dist, hypot of any number of points, remainder, ulp,
# nextafter, with CPython's error messages. shim/math.py loads it when a script first reads one.

from umath import copysign, frexp, inf, isinf, isnan, ldexp, log, nan, sqrt


def _index(x):
    if isinstance(x, bool) or isinstance(x, int):
        return int(x)
    method = getattr(type(x), "__index__", None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    return method(x)


def gcd(*integers):
    result = 0
    for x in integers:
        x = abs(_index(x))
        while x:
            result, x = x, result % x
    return abs(result)


def lcm(*integers):
    result = 1
    for x in integers:
        x = abs(_index(x))
        if x == 0:
            result = 0
        elif result:
            result = result * x // gcd(result, x)
    return result


def isqrt(n):
    n = _index(n)
    if n < 0:
        raise ValueError("isqrt() argument must be nonnegative")
    if n == 0:
        return 0
    x = 1 << ((n.bit_length() + 1) // 2) if hasattr(n, "bit_length") else n
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def prod(iterable, *, start=1):
    result = start
    for x in iterable:
        result = result * x
    return result


def fsum(iterable):
    # Shewchuk's exactly rounded sum of partials (as CPython's msum).
    partials = []
    special = 0.0
    for x in iterable:
        x = float(x)
        if isinf(x) or isnan(x):
            special += x
            continue
        i = 0
        for y in partials:
            if abs(x) < abs(y):
                x, y = y, x
            hi = x + y
            lo = y - (hi - x)
            if lo:
                partials[i] = lo
                i += 1
            x = hi
        partials[i:] = [x]
    if special or isnan(special):
        if isnan(special):
            raise ValueError("-inf + inf in fsum")
        return special
    hi = 0.0
    if partials:
        n = len(partials) - 1
        hi = partials[n]
        lo = 0.0
        while n > 0:
            x = hi
            n -= 1
            y = partials[n]
            hi = x + y
            yr = hi - x
            lo = y - yr
            if lo:
                break
        if n > 0 and ((lo < 0 and partials[n - 1] < 0) or (lo > 0 and partials[n - 1] > 0)):
            y = lo * 2
            x = hi + y
            yr = x - hi
            if y == yr:
                hi = x
    return hi


def perm(n, k=None):
    n = _index(n)
    if n < 0:
        raise ValueError("n must be a non-negative integer")
    if k is None:
        k = n
    k = _index(k)
    if k < 0:
        raise ValueError("k must be a non-negative integer")
    if k > n:
        return 0
    result = 1
    for i in range(n - k + 1, n + 1):
        result *= i
    return result


def comb(n, k):
    n = _index(n)
    k = _index(k)
    if n < 0:
        raise ValueError("n must be a non-negative integer")
    if k < 0:
        raise ValueError("k must be a non-negative integer")
    if k > n:
        return 0
    k = min(k, n - k)
    result = 1
    for i in range(1, k + 1):
        result = result * (n - k + i) // i
    return result


def hypot(*coordinates):
    biggest = 0.0
    values = []
    for x in coordinates:
        x = abs(float(x))
        if isinf(x):
            return inf
        values.append(x)
        biggest = max(biggest, x)
    if biggest == 0.0 or isnan(biggest):
        return biggest if values else 0.0
    return biggest * sqrt(fsum((x / biggest) ** 2 for x in values))


def dist(p, q):
    p = tuple(p)
    q = tuple(q)
    if len(p) != len(q):
        raise ValueError("both points must have the same number of dimensions")
    return hypot(*[a - b for a, b in zip(p, q)])


def remainder(x, y):
    x = float(x)
    y = float(y)
    if y == 0.0:
        raise ValueError("math domain error")
    n = round(x / y)
    return x - n * y


def ulp(x):
    x = abs(float(x))
    if isnan(x) or isinf(x):
        return x
    if x == 0.0:
        return 5e-324
    mantissa, exponent = frexp(x)
    return ldexp(1.0, max(exponent - 53, -1074))


def nextafter(x, y):
    x = float(x)
    y = float(y)
    if isnan(x) or isnan(y):
        return nan
    if x == y:
        return y
    if x == 0.0:
        return copysign(5e-324, y)
    step = ulp(x)
    if (y > x) == (x > 0):
        return x + step
    mantissa, exponent = frexp(x)
    return x - (step / 2 if abs(mantissa) == 0.5 else step)
