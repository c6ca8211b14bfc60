# statistics for Loopscope's MicroPython: mean, fmean, geometric_mean, harmonic_mean, median (low,
# high, grouped), mode, multimode, quantiles, pstdev/pvariance/stdev/variance, covariance,
# correlation, linear_regression (float sums through math.fsum), StatisticsError, as
# CPython 3.11 computes them: sums are exact (ints and floats are added as exact fractions, then
# rounded once), an all-int mean stays an int when it is whole.
#
# There is no `fractions` module here: an exact value is a pair (numerator, denominator) of ints, and
# _to_float rounds one correctly (half to even), as CPython's Fraction -> float does.

import math
from collections import namedtuple

__all__ = ["NormalDist", "StatisticsError", "correlation", "covariance", "fmean", "geometric_mean", "harmonic_mean", "mean", "median",
           "median_grouped", "median_high", "median_low", "mode", "multimode", "pstdev", "pvariance",
           "quantiles", "stdev", "variance", "linear_regression", "LinearRegression"]


class StatisticsError(ValueError):
    pass


# ---- exact arithmetic on (numerator, denominator) ----

def _exact(x):
    if isinstance(x, bool):
        return int(x), 1
    if isinstance(x, int):
        return x, 1
    if isinstance(x, float):
        if x != x or x in (math.inf, -math.inf):
            raise _NonFinite(x)
        mantissa, exponent = math.frexp(x)
        numerator = int(mantissa * (1 << 53))
        exponent -= 53
        if exponent >= 0:
            return numerator << exponent, 1
        return numerator, 1 << -exponent
    ratio = getattr(x, "as_integer_ratio", None)
    if ratio is not None:
        return ratio()
    raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


class _NonFinite(Exception):
    pass


def _gcd(a, b):
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a


def _reduce(n, d):
    if d < 0:
        n, d = -n, -d
    g = _gcd(n, d)
    return (n // g, d // g) if g > 1 else (n, d)


def _add(a, b):
    return _reduce(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _to_float(n, d):
    # Correctly rounded n/d (round half to even).
    if n == 0:
        return 0.0
    sign = -1.0 if (n < 0) != (d < 0) else 1.0
    n, d = abs(n), abs(d)
    shift = 55 - (_bit_length(n) - _bit_length(d))
    if shift >= 0:
        q, r = divmod(n << shift, d)
    else:
        q, r = divmod(n, d << -shift)
    # q has 55 or 56 bits; keep 53 and round on the rest (r != 0 is a sticky bit).
    extra = _bit_length(q) - 53
    low = q & ((1 << extra) - 1)
    q >>= extra
    half = 1 << (extra - 1)
    if low > half or (low == half and (r or q & 1)):
        q += 1
    return sign * math.ldexp(float(q), extra - shift)


def _bit_length(n):
    length = 0
    while n >= 1 << 64:
        n >>= 64
        length += 64
    while n:
        n >>= 1
        length += 1
    return length


def _sum(data):
    # (type of the result, exact sum, count); CPython's _sum picks int, float or the data's type.
    total = (0, 1)
    count = 0
    kind = int
    for x in data:
        count += 1
        if isinstance(x, float):
            kind = float
        elif not isinstance(x, (int, bool)) and kind is int:  # bool is not an int subclass here
            kind = type(x)
        total = _add(total, _exact(x))
    return kind, total, count


def _convert(value, kind):
    n, d = value
    if kind is int:
        if d == 1:
            return n
        kind = float
    if kind is float:
        return _to_float(n, d)
    try:
        return kind(n) / kind(d)
    except TypeError:
        return _to_float(n, d)


# ---- averages ----

def mean(data):
    data = list(data)
    if not data:
        raise StatisticsError("mean requires at least one data point")
    for x in data:
        if isinstance(x, float) and (x != x or x in (math.inf, -math.inf)):
            return math.fsum(data) / len(data) if hasattr(math, "fsum") else sum(data) / len(data)
    kind, total, n = _sum(data)
    return _convert(_reduce(total[0], total[1] * n), kind)


def fmean(data, weights=None):
    data = list(data)
    if weights is None:
        if not data:
            raise StatisticsError("fmean requires at least one data point")
        kind, total, n = _sum(float(x) for x in data)
        return _to_float(total[0], total[1] * n)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError("data and weights must be the same length")
    num = (0, 1)
    den = (0, 1)
    for x, w in zip(data, weights):
        ex, ew = _exact(float(x)), _exact(float(w))
        num = _add(num, (ex[0] * ew[0], ex[1] * ew[1]))
        den = _add(den, ew)
    if den[0] == 0:
        raise StatisticsError("sum of weights must be non-zero")
    return _to_float(num[0] * den[1], num[1] * den[0])


def geometric_mean(data):
    data = list(data)
    if not data:
        raise StatisticsError("geometric_mean requires at least one data point")
    try:
        return math.exp(fmean(math.log(x) for x in data))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing positive numbers") from None


def harmonic_mean(data, weights=None):
    data = list(data)
    if not data:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if weights is None:
        weights = [1] * len(data)
    total_w = (0, 1)
    total = (0, 1)
    kind = float  # CPython sums w / x: a float for int data
    for x, w in zip(data, weights):
        if x < 0:
            raise StatisticsError("harmonic mean does not support negative values")
        if x == 0:
            return 0
        ex, ew = _exact(x), _exact(w)
        total_w = _add(total_w, ew)
        total = _add(total, (ew[0] * ex[1], ew[1] * ex[0]))
    return _convert(_reduce(total_w[0] * total[1], total_w[1] * total[0]), kind)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n == 1:
        return data[0]
    x = data[n // 2]
    L = x - interval / 2
    cf = 0
    while cf < n and data[cf] < x:
        cf += 1
    f = 0
    while cf + f < n and data[cf + f] == x:
        f += 1
    return L + interval * (n / 2 - cf) / f


def mode(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    if not counts:
        raise StatisticsError("no mode for empty data")
    best = None
    for x, c in counts.items():
        if best is None or c > counts[best]:
            best = x
    return best


def multimode(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    if not counts:
        return []
    top = max(counts.values())
    return [x for x, c in counts.items() if c == top]


def quantiles(data, *, n=4, method="exclusive"):
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    if method == "inclusive":
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == "exclusive":
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError("Unknown method: %r" % method)


# ---- spread ----

def _ss(data, c=None):
    # (kind, exact sum of squared deviations, count)
    kind, total, n = _sum(data)
    if n == 0:
        return kind, (0, 1), 0
    mu = (total[0], total[1] * n) if c is None else _exact(c)
    ss = (0, 1)
    for x in data:
        ex = _exact(x)
        diff = _reduce(ex[0] * mu[1] - mu[0] * ex[1], ex[1] * mu[1])
        ss = _add(ss, (diff[0] * diff[0], diff[1] * diff[1]))
    return kind, ss, n


def variance(data, xbar=None):
    data = list(data)
    if len(data) < 2:
        raise StatisticsError("variance requires at least two data points")
    kind, ss, n = _ss(data, xbar)
    return _convert(_reduce(ss[0], ss[1] * (n - 1)), kind)


def pvariance(data, mu=None):
    data = list(data)
    if len(data) < 1:
        raise StatisticsError("pvariance requires at least one data point")
    kind, ss, n = _ss(data, mu)
    return _convert(_reduce(ss[0], ss[1] * n), kind)


def _sqrt_exact(n, d):
    # Correctly rounded sqrt(n/d), as CPython 3.11's _float_sqrt_of_frac: an integer root with at
    # least 109 bits, rounded to odd, then one correctly rounded division.
    if n <= 0:
        return 0.0
    k = (_bit_length(n) - _bit_length(d) - 109) // 2
    if k >= 0:
        numerator = _sqrt_frac_rto(n, d << 2 * k) << k
        denominator = 1
    else:
        numerator = _sqrt_frac_rto(n << -2 * k, d)
        denominator = 1 << -k
    return _to_float(numerator, denominator)


def _sqrt_frac_rto(n, m):
    a = _isqrt(n // m)
    return a | (a * a * m != n)


def _isqrt(n):
    if n == 0:
        return 0
    x = 1 << ((_bit_length(n) + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def stdev(data, xbar=None):
    data = list(data)
    if len(data) < 2:
        raise StatisticsError("stdev requires at least two data points")
    kind, ss, n = _ss(data, xbar)
    return _sqrt_exact(ss[0], ss[1] * (n - 1))


def pstdev(data, mu=None):
    data = list(data)
    if len(data) < 1:
        raise StatisticsError("pstdev requires at least one data point")
    kind, ss, n = _ss(data, mu)
    return _sqrt_exact(ss[0], ss[1] * n)


# ---- two inputs: covariance, correlation, linear_regression (float sums, as CPython 3.11) ----

def _pair(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError("%s requires that both inputs have same number of data points" % what)
    if n < 2:
        raise StatisticsError("%s requires at least two data points" % what)
    return n


def _centered_sums(x, y, n):
    fsum = math.fsum
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
    sxx = fsum([(xi - xbar) * (xi - xbar) for xi in x])
    return xbar, ybar, sxy, sxx


def covariance(x, y):
    n = _pair(x, y, "covariance")
    fsum = math.fsum
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
    return sxy / (n - 1)


def correlation(x, y):
    n = _pair(x, y, "correlation")
    xbar, ybar, sxy, sxx = _centered_sums(x, y, n)
    syy = math.fsum([(yi - ybar) * (yi - ybar) for yi in y])
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


LinearRegression = namedtuple("LinearRegression", ("slope", "intercept"), module="statistics")


def linear_regression(x, y, *, proportional=False):
    n = _pair(x, y, "linear regression")
    if proportional:
        sxy = math.fsum([xi * yi for xi, yi in zip(x, y)])
        sxx = math.fsum([xi * xi for xi in x])
    else:
        xbar, ybar, sxy, sxx = _centered_sums(x, y, n)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


class NormalDist:
    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        data = list(data)
        return cls(fmean(data), stdev(data))

    mean = property(lambda self: self._mu)
    median = property(lambda self: self._mu)
    mode = property(lambda self: self._mu)
    stdev = property(lambda self: self._sigma)
    variance = property(lambda self: self._sigma ** 2)

    def pdf(self, x):
        variance = self._sigma ** 2
        return math.exp((x - self._mu) ** 2 / (-2.0 * variance)) / math.sqrt(2 * math.pi * variance)

    def cdf(self, x):
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def __repr__(self):
        return "NormalDist(mu=%r, sigma=%r)" % (self._mu, self._sigma)
