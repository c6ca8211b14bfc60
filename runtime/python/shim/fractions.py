# fractions for Loopscope's MicroPython: Fraction as CPython 3.11 has it: made from ints, Rationals,
# floats (exactly, through as_integer_ratio), decimal.Decimal and strings ("3/4", "-1.25e-2",
# " 1_000 "); always normalized (sign on the numerator); arithmetic with ints and Fractions gives
# Fractions, with floats floats, with complex complex; exact comparisons with floats; floor, ceil,
# round (half to even), limit_denominator, as_integer_ratio, from_float, from_decimal; CPython's
# repr `Fraction(3, 4)`, str `3/4`, and error texts. Registered as a numbers.Rational (not derived
# from it: the ABC's instance check would run at every construction).

import math

__all__ = ["Fraction"]


def _parse(text):
    # CPython's literal syntax: [sign] (N[/D] | [N].[F][E[sign]X]), underscores between digits,
    # spaces around; returns (numerator, denominator) or None.
    s = text.strip()
    sign = 1
    if s[:1] in ("+", "-"):
        sign = -1 if s[0] == "-" else 1
        s = s[1:]
    if "/" in s:
        num, _, den = s.partition("/")
        if not _digits(num) or not _digits(den):
            return None
        return sign * int(num), int(den)
    mantissa, exp = s, 0
    for marker in ("e", "E"):
        if marker in mantissa:
            mantissa, _, exp_text = mantissa.partition(marker)
            body = exp_text[1:] if exp_text[:1] in ("+", "-") else exp_text
            if not _digits(body):
                return None
            exp = int(exp_text)
            break
    whole, dot, frac = mantissa.partition(".")
    if not (_digits(whole) or (whole == "" and dot and _digits(frac))):
        return None
    if dot and frac and not _digits(frac):
        return None
    n = int(whole or "0")
    d = 1
    if frac:
        scale = 10 ** len(frac.replace("_", ""))
        n = n * scale + int(frac)
        d = scale
    if exp >= 0:
        n *= 10 ** exp
    else:
        d *= 10 ** -exp
    return sign * n, d


def _digits(s):
    # One or more decimal digits, single underscores between them.
    if not s or s[0] == "_" or s[-1] == "_" or "__" in s:
        return False
    for c in s:
        if not ("0" <= c <= "9" or c == "_"):
            return False
    return True


def _is_rational(x):
    return isinstance(x, (int, Fraction)) or (hasattr(x, "numerator") and hasattr(x, "denominator")
                                               and not isinstance(x, (float, complex)))


class Fraction:
    __slots__ = ("_numerator", "_denominator")

    def __init__(self, numerator=0, denominator=None):
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                n, d = int(numerator), 1
            elif isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return
            elif isinstance(numerator, float) or type(numerator).__name__ == "Decimal":
                n, d = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % (numerator,))
                n, d = parsed
                if d == 0:
                    raise ZeroDivisionError("Fraction(%s, 0)" % n)
            elif _is_rational(numerator):
                n, d = numerator.numerator, numerator.denominator
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif isinstance(numerator, int) and isinstance(denominator, int):
            n, d = int(numerator), int(denominator)
        elif _is_rational(numerator) and _is_rational(denominator):
            n = numerator.numerator * denominator.denominator
            d = denominator.numerator * numerator.denominator
        else:
            raise TypeError("both arguments should be Rational instances")
        if d == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % n)
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self._numerator = n // g
        self._denominator = d // g

    @classmethod
    def _raw(cls, n, d):
        # An already normalized fraction.
        f = object.__new__(cls)
        f._numerator = n
        f._denominator = d
        return f

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (
                cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, int):
            return cls(dec)
        if type(dec).__name__ != "Decimal":
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)" % (
                cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # ---- arithmetic: Fraction op (int | Fraction) is a Fraction, op float a float ----

    def _coerce(self, other):
        # (numerator, denominator) of a rational operand, or None.
        if isinstance(other, int):
            return int(other), 1
        if isinstance(other, Fraction):
            return other._numerator, other._denominator
        return None

    def __add__(a, b):
        r = a._coerce(b)
        if r is not None:
            return Fraction(a._numerator * r[1] + r[0] * a._denominator, a._denominator * r[1])
        if isinstance(b, (float, complex)):
            return float(a) + b
        return NotImplemented

    def __radd__(b, a):
        r = b._coerce(a)
        if r is not None:
            return Fraction(r[0] * b._denominator + b._numerator * r[1], r[1] * b._denominator)
        if isinstance(a, (float, complex)):
            return a + float(b)
        return NotImplemented

    def __sub__(a, b):
        r = a._coerce(b)
        if r is not None:
            return Fraction(a._numerator * r[1] - r[0] * a._denominator, a._denominator * r[1])
        if isinstance(b, (float, complex)):
            return float(a) - b
        return NotImplemented

    def __rsub__(b, a):
        r = b._coerce(a)
        if r is not None:
            return Fraction(r[0] * b._denominator - b._numerator * r[1], r[1] * b._denominator)
        if isinstance(a, (float, complex)):
            return a - float(b)
        return NotImplemented

    def __mul__(a, b):
        r = a._coerce(b)
        if r is not None:
            return Fraction(a._numerator * r[0], a._denominator * r[1])
        if isinstance(b, (float, complex)):
            return float(a) * b
        return NotImplemented

    def __rmul__(b, a):
        r = b._coerce(a)
        if r is not None:
            return Fraction(r[0] * b._numerator, r[1] * b._denominator)
        if isinstance(a, (float, complex)):
            return a * float(b)
        return NotImplemented

    @staticmethod
    def _div(na, da, nb, db):
        if nb == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % ((na > 0) - (na < 0)))
        return Fraction(na * db, da * nb)

    def __truediv__(a, b):
        r = a._coerce(b)
        if r is not None:
            return Fraction._div(a._numerator, a._denominator, r[0], r[1])
        if isinstance(b, (float, complex)):
            return float(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        r = b._coerce(a)
        if r is not None:
            return Fraction._div(r[0], r[1], b._numerator, b._denominator)
        if isinstance(a, (float, complex)):
            return a / float(b)
        return NotImplemented

    def __floordiv__(a, b):
        r = a._coerce(b)
        if r is not None:
            return (a._numerator * r[1]) // (a._denominator * r[0])
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        r = b._coerce(a)
        if r is not None:
            return (r[0] * b._denominator) // (r[1] * b._numerator)
        if isinstance(a, float):
            return a // float(b)
        return NotImplemented

    def __mod__(a, b):
        r = a._coerce(b)
        if r is not None:
            return Fraction((a._numerator * r[1]) % (r[0] * a._denominator), a._denominator * r[1])
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        r = b._coerce(a)
        if r is not None:
            return Fraction((r[0] * b._denominator) % (b._numerator * r[1]), r[1] * b._denominator)
        if isinstance(a, float):
            return a % float(b)
        return NotImplemented

    def __divmod__(a, b):
        r = a._coerce(b)
        if r is not None:
            da, db = a._denominator, r[1]
            q, m = divmod(a._numerator * db, da * r[0])
            return q, Fraction(m, da * db)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        r = b._coerce(a)
        if r is not None:
            return Fraction(*r).__divmod__(b)
        if isinstance(a, float):
            return divmod(a, float(b))
        return NotImplemented

    def __pow__(a, b):
        r = a._coerce(b)
        if r is not None and r[1] == 1:
            power = r[0]
            if power >= 0:
                return Fraction._raw(a._numerator ** power, a._denominator ** power)
            if a._numerator == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % (a._denominator ** -power))
            if a._numerator > 0:
                return Fraction._raw(a._denominator ** -power, a._numerator ** -power)
            return Fraction._raw((-a._denominator) ** -power, (-a._numerator) ** -power)
        if r is not None:
            return float(a) ** (r[0] / r[1])
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if isinstance(a, (float, complex)):
            return a ** float(b)
        return NotImplemented

    def __pos__(a):
        return Fraction._raw(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._raw(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._raw(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __index__(a):
        raise TypeError("'Fraction' object cannot be interpreted as an integer")

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1  # a half: to even
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        # CPython's numeric hash: the value modulo 2**61 - 1, so that a Fraction equal to an int
        # or a float hashes as it does (the denominator's inverse by Fermat's little theorem).
        modulus = 2**61 - 1
        dinv = pow(self._denominator, modulus - 2, modulus)
        if not dinv:
            hash_ = 314159  # sys.hash_info.inf: the denominator is a multiple of the modulus
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    # ---- comparisons (exact, also with floats) ----

    def _compare_key(self, other):
        # other as (numerator, denominator), or a float that is not finite, or None.
        r = self._coerce(other)
        if r is not None:
            return r
        if isinstance(other, float):
            if other != other or other in (float("inf"), float("-inf")):
                return other
            return other.as_integer_ratio()
        return None

    def __eq__(a, b):
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        r = a._compare_key(b)
        if r is None:
            return NotImplemented
        if isinstance(r, float):
            return False
        return a._numerator == r[0] and a._denominator == r[1]

    def __ne__(a, b):
        result = a.__eq__(b)
        return result if result is NotImplemented else not result

    def _richcmp(a, b, op):
        r = a._compare_key(b)
        if r is None:
            return NotImplemented
        if isinstance(r, float):
            return op(0.0, r)
        return op(a._numerator * r[1], r[0] * a._denominator)

    def __lt__(a, b):
        return a._richcmp(b, lambda x, y: x < y)

    def __le__(a, b):
        return a._richcmp(b, lambda x, y: x <= y)

    def __gt__(a, b):
        return a._richcmp(b, lambda x, y: x > y)

    def __ge__(a, b):
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        return a._numerator != 0

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _register():
    try:
        import numbers
    except ImportError:
        return
    numbers.Rational.register(Fraction)


_register()
