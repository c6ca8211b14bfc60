# decimal for Loopscope's MicroPython: Decimal and Context with CPython 3.11's results and texts for
# what teaching scripts do with money and precision: construction (str, int, float exactly, tuple),
# str/repr (the specification's scientific string: 1E+3, 0.000001, 1E-7), arithmetic with Decimals
# and ints rounded to the context's precision (28) and rounding (ROUND_HALF_EVEN), // and % truncating
# toward zero, integer powers, sqrt, exact comparisons (also with floats), quantize with any of the
# eight rounding modes, normalize, to_integral_value, as_tuple, as_integer_ratio, format() with
# fixed/scientific/percent types and grouping, hashes equal to int/float ones, the signals as
# exceptions (`decimal.InvalidOperation: [<class 'decimal.ConversionSyntax'>]`) and the flags they
# set, getcontext / setcontext / localcontext (a context variable, so each asyncio task has its own).
# Not here: ln, log10, exp, non-integer powers (computed through floats), Emin/Emax overflow and
# subnormals, the Context's arithmetic methods.

import math

__all__ = ["Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext", "ExtendedContext",
           "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero", "Inexact", "Rounded",
           "Subnormal", "Overflow", "Underflow", "FloatOperation", "DivisionImpossible",
           "InvalidContext", "ConversionSyntax", "DivisionUndefined", "ROUND_DOWN", "ROUND_HALF_UP",
           "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP",
           "setcontext", "getcontext", "localcontext", "MAX_PREC", "MAX_EMAX", "MIN_EMIN", "MIN_ETINY",
           "HAVE_THREADS", "HAVE_CONTEXTVAR"]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
              ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


# ---- signals ----
# An exception class has one base here (two bases over native exceptions are "multiple bases have
# instance lay-out conflict"): DivisionByZero derives from ZeroDivisionError (so `except
# ZeroDivisionError` catches Decimal(1) / 0), Overflow and Underflow from Inexact; the other
# CPython bases claim them for isinstance()/issubclass() through __subclasshook__ (_VIRTUAL), which
# `except` does not consult. DivisionUndefined and FloatOperation derive from the decimal classes.

class DecimalException(ArithmeticError):
    @classmethod
    def __subclasshook__(cls, C):
        for k in _VIRTUAL.get(cls, ()):
            if isinstance(C, type) and issubclass(C, k):
                return True
        return NotImplemented


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact):
    pass


class Underflow(Inexact):
    pass


class FloatOperation(DecimalException):
    pass


_VIRTUAL = {DecimalException: (DivisionByZero,), Rounded: (Overflow, Underflow), Subnormal: (Underflow,)}

# The order CPython's Context repr lists signals in.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact,
            Rounded, Clamped)
# A condition and the signal whose flag and trap it goes through.
_SIGNAL_OF = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
              DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


# ---- context ----

class Context:
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None, _ignored_flags=None):
        base = DefaultContext if "DefaultContext" in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        self.flags = _signal_dict(flags, None)
        default_traps = base.traps if base else {InvalidOperation: True, DivisionByZero: True, Overflow: True}
        self.traps = _signal_dict(traps, default_traps)

    def __setattr__(self, name, value):
        if name == "prec" and (not isinstance(value, int) or value < 1):
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        if name == "rounding" and value not in _ROUNDINGS:
            raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, "
                            "ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = [s.__name__ for s in _SIGNALS if self.flags.get(s)]
        traps = [s.__name__ for s in _SIGNALS if self.traps.get(s)]
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], "
                "traps=[%s])" % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                                 self.clamp, ", ".join(flags), ", ".join(traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            self.flags[s] = False

    def clear_traps(self):
        for s in _SIGNALS:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def create_decimal(self, num="0"):
        return Decimal(num)._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def _raise_all(self, conditions):
        trapped = [c for c in conditions if self.traps.get(_SIGNAL_OF.get(c, c))]
        if trapped:
            raise _SIGNAL_OF.get(trapped[0], trapped[0])(list(conditions))
        for c in conditions:
            self.flags[_SIGNAL_OF.get(c, c)] = True

    def _raise(self, condition, result=None):
        # The condition's signal: raised when trapped, else its flag is set and `result` returned.
        signal = _SIGNAL_OF.get(condition, condition)
        if self.traps.get(signal):
            raise signal([condition])
        self.flags[signal] = True
        return result


def _signal_dict(given, default):
    d = {s: False for s in _SIGNALS}
    if isinstance(given, dict):
        d.update(given)
    elif given is not None:
        for s in given:
            d[s] = True
    elif default is not None:
        d.update(default)
    return d


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0,
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

try:
    import contextvars as _contextvars
    _current = _contextvars.ContextVar("decimal_context")
except ImportError:
    _current = None
_plain_current = [None]


def getcontext():
    if _current is None:
        if _plain_current[0] is None:
            _plain_current[0] = DefaultContext.copy()
        return _plain_current[0]
    try:
        return _current.get()
    except LookupError:
        context = DefaultContext.copy()
        _current.set(context)
        return context


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    if _current is None:
        _plain_current[0] = context
    else:
        _current.set(context)


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if not hasattr(manager.new_context, key):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(manager.new_context, key, value)
    return manager


# ---- rounding ----

def _round_digits(coeff, drop, rounding, sign):
    # coeff with its last `drop` digits removed, rounded; and whether a nonzero part was dropped.
    if drop <= 0:
        return coeff, False
    q, r = divmod(coeff, 10 ** drop)
    if r == 0:
        return q, False
    half = 5 * 10 ** (drop - 1)
    if rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q & 1)
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    else:  # ROUND_05UP
        up = q % 10 in (0, 5)
    return (q + 1 if up else q), True


def _ndigits(n):
    return len(str(n)) if n else 1


# ---- Decimal ----

class DecimalTuple(tuple):
    _fields = ("sign", "digits", "exponent")

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return "DecimalTuple(sign=%r, digits=%r, exponent=%r)" % tuple(self)


_BINARY_NAMES = {"+": "__radd__", "-": "__rsub__", "*": "__rmul__", "/": "__rtruediv__",
                 "//": "__rfloordiv__", "%": "__rmod__", "** or pow()": "__rpow__", "divmod()": "__rdivmod__"}


# Types whose operators never take a Decimal (CPython's message then names decimal.Decimal).
_NEVER_NUMERIC = (float, complex, str, bytes, list, tuple, dict, set, type(None))


def _type_name(x):
    return "decimal.Decimal" if isinstance(x, Decimal) else type(x).__name__


class Decimal:
    # _sign: 0 or 1; _int: the coefficient (an int >= 0); _exp: an int, or "F" (Infinity), "n" (NaN),
    # "N" (sNaN) for the special values.
    __slots__ = ("_sign", "_int", "_exp", "_special")

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, Decimal):
            self._set(value._sign, value._int, value._exp)
            return self
        if isinstance(value, int):
            self._set(1 if value < 0 else 0, abs(int(value)), 0)
            return self
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                (context or getcontext())._raise(ConversionSyntax)
                self._set(0, 0, "n")
                return self
            self._set(*parsed)
            return self
        if isinstance(value, float):
            (context or getcontext()).flags[FloatOperation] = True
            self._set(*_from_float(value))
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError("argument must be a sequence of length 3")
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("sign must be an integer with the value 0 or 1")
            coeff = 0
            for d in digits:
                if not isinstance(d, int) or not 0 <= d <= 9:
                    raise ValueError("coefficient must be a tuple of digits")
                coeff = coeff * 10 + d
            if exp in ("F", "n", "N"):
                self._set(sign, 0 if exp == "F" else coeff, exp)
            elif isinstance(exp, int):
                self._set(sign, coeff, exp)
            else:
                raise ValueError("exponent must be an integer")
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    def _set(self, sign, coeff, exp):
        self._sign = sign
        self._int = coeff
        self._exp = exp
        self._special = isinstance(exp, str)

    @classmethod
    def _make(cls, sign, coeff, exp):
        d = object.__new__(cls)
        d._set(sign, coeff, exp)
        return d

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        d = cls._make(*_from_float(f))
        return d

    # ---- text ----

    def __str__(self):
        return self._to_string(False)

    def to_eng_string(self, context=None):
        return self._to_string(True)

    def _to_string(self, eng):
        sign = "-" if self._sign else ""
        if self._special:
            if self._exp == "F":
                return sign + "Infinity"
            body = "NaN" if self._exp == "n" else "sNaN"
            return sign + body + (str(self._int) if self._int else "")
        digits = str(self._int)
        exp = self._exp
        leftdigits = exp + len(digits)
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = "0"
            fracpart = "." + "0" * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + "0" * (dotplace - len(digits))
            fracpart = ""
        else:
            intpart = digits[:dotplace]
            fracpart = "." + digits[dotplace:]
        if leftdigits == dotplace:
            expo = ""
        else:
            expo = "E%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + expo

    def __repr__(self):
        return "Decimal('%s')" % self

    def __format__(self, spec):
        return _format(self, spec)

    # ---- conversions ----

    def _check_nan_int(self, kind):
        if self._exp == "F":
            raise OverflowError("cannot convert Infinity to %s" % kind)
        raise ValueError("cannot convert NaN to %s" % kind)

    def __int__(self):
        if self._special:
            self._check_nan_int("integer")
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._special:
            if self._exp == "N":
                raise ValueError("cannot convert signaling NaN to float")
            if self._exp == "n":
                return float("-nan") if self._sign else float("nan")
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        if self._special:
            self._check_nan_int("integer")
        return int(self._rescale(0, ROUND_FLOOR)[0])

    def __ceil__(self):
        if self._special:
            self._check_nan_int("integer")
        return int(self._rescale(0, ROUND_CEILING)[0])

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("Second argument to round should be integral")
            return self.quantize(Decimal._make(0, 1, -n))
        if self._special:
            self._check_nan_int("integer")
        return int(self._rescale(0, ROUND_HALF_EVEN)[0])

    def __bool__(self):
        return self._special or self._int != 0

    def as_tuple(self):
        if self._special:
            digits = tuple(int(c) for c in str(self._int)) if self._int else ()
            return DecimalTuple(self._sign, digits, self._exp)
        return DecimalTuple(self._sign, tuple(int(c) for c in str(self._int)), self._exp)

    def as_integer_ratio(self):
        if self._special:
            self._check_nan_int("integer ratio")
        n = -self._int if self._sign else self._int
        if self._exp >= 0:
            return n * 10 ** self._exp, 1
        d = 10 ** -self._exp
        g = math.gcd(n, d)
        return n // g, d // g

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + len(str(self._int)) - 1

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._special and self._int == 0

    def is_nan(self):
        return self._exp in ("n", "N")

    def is_qnan(self):
        return self._exp == "n"

    def is_snan(self):
        return self._exp == "N"

    def is_infinite(self):
        return self._exp == "F"

    def is_finite(self):
        return not self._special

    def is_normal(self, context=None):
        return not self._special and self._int != 0

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp)

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        return Decimal._make(other._sign, self._int, self._exp)

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def canonical(self):
        return self

    # ---- rounding to a context ----

    def _fix(self, context):
        # The value rounded to the context's precision (flags Rounded / Inexact as CPython's).
        if self._special:
            return self
        ndigits = _ndigits(self._int)
        drop = ndigits - context.prec
        if drop <= 0:
            return self
        coeff, inexact = _round_digits(self._int, drop, context.rounding, self._sign)
        exp = self._exp + drop
        if _ndigits(coeff) > context.prec:
            coeff //= 10
            exp += 1
        if inexact:
            context._raise(Inexact)
        context._raise(Rounded)
        return Decimal._make(self._sign, coeff, exp)

    def _rescale(self, exp, rounding):
        # (value with exponent `exp`, whether digits were lost).
        if self._exp >= exp:
            return Decimal._make(self._sign, self._int * 10 ** (self._exp - exp), exp), False
        coeff, inexact = _round_digits(self._int, exp - self._exp, rounding, self._sign)
        return Decimal._make(self._sign, coeff, exp), inexact

    def quantize(self, exp, rounding=None, context=None):
        context = context or getcontext()
        exp = _convert(exp, True)
        if self._special or exp._special:
            if self.is_nan() or exp.is_nan():
                return self if self.is_nan() else exp
            if self._exp == "F" and exp._exp == "F":
                return Decimal(self)
            return context._raise(InvalidOperation, Decimal._make(0, 0, "n"))
        result, inexact = self._rescale(exp._exp, rounding or context.rounding)
        if _ndigits(result._int) > context.prec:
            return context._raise(InvalidOperation, Decimal._make(0, 0, "n"))
        if result._exp > self._exp:
            if inexact:
                context._raise(Inexact)
            context._raise(Rounded)
        return result

    def to_integral_value(self, rounding=None, context=None):
        if self._special or self._exp >= 0:
            return self
        return self._rescale(0, rounding or (context or getcontext()).rounding)[0]

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        context = context or getcontext()
        if self._special or self._exp >= 0:
            return self
        result, inexact = self._rescale(0, rounding or context.rounding)
        if inexact:
            context._raise(Inexact)
        context._raise(Rounded)
        return result

    def normalize(self, context=None):
        context = context or getcontext()
        if self._special:
            return self
        d = self._fix(context)
        if d._int == 0:
            return Decimal._make(d._sign, 0, 0)
        coeff, exp = d._int, d._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return Decimal._make(d._sign, coeff, exp)

    def sqrt(self, context=None):
        context = context or getcontext()
        if self._special:
            if self._exp == "F" and not self._sign:
                return self
            if self.is_nan():
                return self
            return context._raise(InvalidOperation, Decimal._make(0, 0, "n"))
        if self._int == 0:
            return Decimal._make(self._sign, 0, self._exp // 2)
        if self._sign:
            return context._raise(InvalidOperation, Decimal._make(0, 0, "n"))
        prec = context.prec
        ideal = self._exp // 2
        # c * 10**e with e even, c having at least 2 * (prec + 1) digits.
        coeff, exp = self._int, self._exp
        if exp & 1:
            coeff *= 10
            exp -= 1
        shift = max(0, 2 * (prec + 1) - _ndigits(coeff) + 1)
        if shift & 1:
            shift += 1
        coeff *= 10 ** shift
        exp -= shift
        root = math.isqrt(coeff)
        exact = root * root == coeff
        rexp = exp // 2
        if exact:
            while rexp < ideal and root % 10 == 0:
                root //= 10
                rexp += 1
            return Decimal._make(0, root, rexp)._fix(context)
        if root % 5 == 0:
            root += 1  # inexact: keep the rounding off a tie
        saved = context.rounding
        context.rounding = ROUND_HALF_EVEN
        try:
            return Decimal._make(0, root, rexp)._fix(context)
        finally:
            context.rounding = saved

    def _total_order(self, other):
        # -1, 0, 1: the value, then (equal values) sign and exponent, as compare_total.
        c = _compare(self, other)
        if c or self._special or other._special:
            return c
        if self._sign != other._sign:
            return -1 if self._sign else 1
        c = (self._exp > other._exp) - (self._exp < other._exp)
        return -c if self._sign else c

    def max(self, other, context=None):
        other = _convert(other, True)
        return (self if self._total_order(other) >= 0 else other)._fix(context or getcontext())

    def min(self, other, context=None):
        other = _convert(other, True)
        return (self if self._total_order(other) <= 0 else other)._fix(context or getcontext())

    def compare(self, other, context=None):
        other = _convert(other, True)
        if self.is_nan() or other.is_nan():
            return Decimal._make(0, 0, "n")
        return Decimal(_compare(self, other))

    def scaleb(self, other, context=None):
        other = _convert(other, True)
        if self._special:
            return self
        return Decimal._make(self._sign, self._int, self._exp + int(other))._fix(context or getcontext())

    # ---- arithmetic ----

    def _operand(self, other, op, reflected):
        converted = _convert(other, False)
        if converted is NotImplemented and (isinstance(other, _NEVER_NUMERIC)
                                            or not hasattr(type(other), _BINARY_NAMES.get(op, ""))):
            left, right = (other, self) if reflected else (self, other)
            raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (
                op, _type_name(left), _type_name(right)))
        return converted

    def __add__(self, other, context=None):
        other = self._operand(other, "+", False)
        if other is NotImplemented:
            return other
        return _add(self, other, context or getcontext())

    def __radd__(self, other):
        other = self._operand(other, "+", True)
        if other is NotImplemented:
            return other
        return _add(other, self, getcontext())

    def __sub__(self, other, context=None):
        other = self._operand(other, "-", False)
        if other is NotImplemented:
            return other
        return _add(self, other.copy_negate(), context or getcontext())

    def __rsub__(self, other):
        other = self._operand(other, "-", True)
        if other is NotImplemented:
            return other
        return _add(other, self.copy_negate(), getcontext())

    def __mul__(self, other, context=None):
        other = self._operand(other, "*", False)
        if other is NotImplemented:
            return other
        return _mul(self, other, context or getcontext())

    def __rmul__(self, other):
        other = self._operand(other, "*", True)
        if other is NotImplemented:
            return other
        return _mul(other, self, getcontext())

    def __truediv__(self, other, context=None):
        other = self._operand(other, "/", False)
        if other is NotImplemented:
            return other
        return _div(self, other, context or getcontext())

    def __rtruediv__(self, other):
        other = self._operand(other, "/", True)
        if other is NotImplemented:
            return other
        return _div(other, self, getcontext())

    def __floordiv__(self, other, context=None):
        other = self._operand(other, "//", False)
        if other is NotImplemented:
            return other
        return _divmod(self, other, context or getcontext(), "//")[0]

    def __rfloordiv__(self, other):
        other = self._operand(other, "//", True)
        if other is NotImplemented:
            return other
        return _divmod(other, self, getcontext(), "//")[0]

    def __mod__(self, other, context=None):
        other = self._operand(other, "%", False)
        if other is NotImplemented:
            return other
        return _divmod(self, other, context or getcontext(), "%")[1]

    def __rmod__(self, other):
        other = self._operand(other, "%", True)
        if other is NotImplemented:
            return other
        return _divmod(other, self, getcontext(), "%")[1]

    def __divmod__(self, other, context=None):
        other = self._operand(other, "divmod()", False)
        if other is NotImplemented:
            return other
        return _divmod(self, other, context or getcontext())

    def __rdivmod__(self, other):
        other = self._operand(other, "divmod()", True)
        if other is NotImplemented:
            return other
        return _divmod(other, self, getcontext())

    def __pow__(self, other, modulo=None, context=None):
        other = self._operand(other, "** or pow()", False)
        if other is NotImplemented:
            return other
        return _pow(self, other, context or getcontext())

    def __rpow__(self, other):
        other = self._operand(other, "** or pow()", True)
        if other is NotImplemented:
            return other
        return _pow(other, self, getcontext())

    def __neg__(self, context=None):
        if self._special:
            return self.copy_negate()
        context = context or getcontext()
        # A zero is 0 - self: negative only under ROUND_FLOOR with a positive zero.
        floor = context.rounding == ROUND_FLOOR
        sign = (1 if floor and not self._sign else 0) if self._int == 0 else 1 - self._sign
        return Decimal._make(sign, self._int, self._exp)._fix(context)

    def __pos__(self, context=None):
        if self._special:
            return Decimal(self)
        context = context or getcontext()
        floor = context.rounding == ROUND_FLOOR
        sign = (1 if floor and self._sign else 0) if self._int == 0 else self._sign
        return Decimal._make(sign, self._int, self._exp)._fix(context)

    def __abs__(self, round=True, context=None):
        if self._special:
            return self.copy_abs()
        return Decimal._make(0, self._int, self._exp)._fix(context or getcontext())

    # ---- comparisons ----

    def _compare_operand(self, other, equality):
        if isinstance(other, (Decimal, int)):
            return _convert(other, True)
        if isinstance(other, float):
            context = getcontext()
            if not equality:
                context._raise(FloatOperation)
            else:
                context.flags[FloatOperation] = True
            return Decimal._make(*_from_float(other))
        if hasattr(other, "numerator") and hasattr(other, "denominator"):
            return other  # a Rational: compared through cross-multiplication
        return NotImplemented

    def __eq__(self, other):
        other = self._compare_operand(other, True)
        if other is NotImplemented:
            return other
        if not isinstance(other, Decimal):
            if self._special:
                return False
            n, d = self.as_integer_ratio()
            return n * other.denominator == other.numerator * d
        if self.is_nan() or other.is_nan():
            return False
        return _compare(self, other) == 0

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def _order(self, other, op):
        other = self._compare_operand(other, False)
        if other is NotImplemented:
            return other
        if not isinstance(other, Decimal):
            if self._special:
                return op(float(self), 0) if self._exp == "F" else False
            n, d = self.as_integer_ratio()
            return op(n * other.denominator - other.numerator * d, 0)
        if self.is_nan() or other.is_nan():
            getcontext()._raise(InvalidOperation)
            return False
        return op(_compare(self, other), 0)

    def __lt__(self, other):
        return self._order(other, lambda c, z: c < z)

    def __le__(self, other):
        return self._order(other, lambda c, z: c <= z)

    def __gt__(self, other):
        return self._order(other, lambda c, z: c > z)

    def __ge__(self, other):
        return self._order(other, lambda c, z: c >= z)

    def __hash__(self):
        if self._special:
            if self._exp == "N":
                raise TypeError("Cannot hash a signaling NaN value.")
            if self._exp == "n":
                return object.__hash__(self)
            return hash(float("-inf") if self._sign else float("inf"))
        if self._exp >= 0 or self._int % 10 ** -self._exp == 0:
            return hash(int(self))
        try:
            f = float(self)
            if Decimal._make(*_from_float(f)) == self:
                return hash(f)
        except (OverflowError, ValueError):
            pass
        coeff, exp = self._int, self._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return hash((self._sign, coeff, exp))

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ---- helpers ----

def _parse(text):
    # (sign, coefficient, exponent) of a numeric string, or None.
    s = text.strip()
    if "_" in s:
        if "__" in s or s.startswith("_") or s.endswith("_"):
            return None
        for i, c in enumerate(s):
            if c == "_" and not (s[i - 1].isdigit() and s[i + 1].isdigit()):
                return None
        s = s.replace("_", "")
    sign = 0
    if s[:1] in ("+", "-"):
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    lower = s.lower()
    if lower in ("inf", "infinity"):
        return sign, 0, "F"
    for prefix, kind in (("snan", "N"), ("nan", "n")):
        if lower.startswith(prefix):
            payload = lower[len(prefix):]
            if payload == "":
                return sign, 0, kind
            if payload.isdigit():
                return sign, int(payload), kind
            return None
    mantissa, exp = lower, 0
    if "e" in lower:
        mantissa, _, exp_text = lower.partition("e")
        body = exp_text[1:] if exp_text[:1] in ("+", "-") else exp_text
        if not body.isdigit():
            return None
        exp = int(exp_text)
    whole, dot, frac = mantissa.partition(".")
    if not whole and not frac:
        return None
    if (whole and not whole.isdigit()) or (frac and not frac.isdigit()):
        return None
    if not all("0" <= c <= "9" for c in whole + frac):
        return None
    return sign, int(whole + frac), exp - len(frac)


def _from_float(f):
    if f != f:
        return (1 if math.copysign(1.0, f) < 0 else 0), 0, "n"
    if f in (float("inf"), float("-inf")):
        return (1 if f < 0 else 0), 0, "F"
    sign = 1 if math.copysign(1.0, f) < 0 else 0
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1  # d is 2**k
    return sign, n * 5 ** k, -k


def _convert(other, strict):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if strict:
        raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
    return NotImplemented


def _compare(a, b):
    # -1, 0, 1 for two non-NaN Decimals.
    if a._special or b._special:
        av = 0 if not a._special else (-1 if a._sign else 1)
        bv = 0 if not b._special else (-1 if b._sign else 1)
        if a._special and b._special:
            return (av > bv) - (av < bv)
        if a._special:
            return av
        return -bv
    if a._int == 0 and b._int == 0:
        return 0
    if a._sign != b._sign:
        if a._int == 0:
            return 1 if b._sign else -1
        if b._int == 0:
            return -1 if a._sign else 1
        return -1 if a._sign else 1
    e = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - e)
    y = b._int * 10 ** (b._exp - e)
    c = (x > y) - (x < y)
    return -c if a._sign else c


def _nan_result(a, b, context):
    for x in (a, b):
        if x._exp == "N":
            return context._raise(InvalidOperation, Decimal._make(x._sign, x._int, "n"))
    for x in (a, b):
        if x._exp == "n":
            return x
    return None


def _add(a, b, context):
    if a._special or b._special:
        nan = _nan_result(a, b, context)
        if nan is not None:
            return nan
        if a._exp == "F" and b._exp == "F" and a._sign != b._sign:
            return context._raise(InvalidOperation, Decimal._make(0, 0, "n"))
        return Decimal(a if a._exp == "F" else b)
    e = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - e)
    y = b._int * 10 ** (b._exp - e)
    x = -x if a._sign else x
    y = -y if b._sign else y
    total = x + y
    if total == 0:
        if a._sign and b._sign:
            sign = 1
        elif a._sign != b._sign and context.rounding == ROUND_FLOOR:
            sign = 1
        else:
            sign = 0
        return Decimal._make(sign, 0, e)._fix(context)
    return Decimal._make(1 if total < 0 else 0, abs(total), e)._fix(context)


def _mul(a, b, context):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        nan = _nan_result(a, b, context)
        if nan is not None:
            return nan
        if (a._exp == "F" and b.is_zero()) or (b._exp == "F" and a.is_zero()):
            return context._raise(InvalidOperation, Decimal._make(0, 0, "n"))
        return Decimal._make(sign, 0, "F")
    return Decimal._make(sign, a._int * b._int, a._exp + b._exp)._fix(context)


def _div(a, b, context):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        nan = _nan_result(a, b, context)
        if nan is not None:
            return nan
        if a._exp == "F" and b._exp == "F":
            return context._raise(InvalidOperation, Decimal._make(0, 0, "n"))
        if a._exp == "F":
            return Decimal._make(sign, 0, "F")
        return Decimal._make(sign, 0, context.Etiny())
    if b._int == 0:
        if a._int == 0:
            return context._raise(DivisionUndefined, Decimal._make(0, 0, "n"))
        return context._raise(DivisionByZero, Decimal._make(sign, 0, "F"))
    ideal = a._exp - b._exp
    if a._int == 0:
        return Decimal._make(sign, 0, ideal)
    prec = context.prec
    shift = _ndigits(b._int) - _ndigits(a._int) + prec + 1
    exp = a._exp - b._exp - shift
    if shift >= 0:
        coeff, rem = divmod(a._int * 10 ** shift, b._int)
    else:
        coeff, rem = divmod(a._int, b._int * 10 ** -shift)
    if rem:
        if coeff % 5 == 0:
            coeff += 1  # inexact: nudged off an exact tie or zero digit, so rounding sees it
    else:
        while exp < ideal and coeff % 10 == 0:
            coeff //= 10
            exp += 1
    return Decimal._make(sign, coeff, exp)._fix(context)


def _divmod(a, b, context, mode="divmod"):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        nan = _nan_result(a, b, context)
        if nan is not None:
            return nan, nan
        if a._exp == "F":
            bad = context._raise(InvalidOperation, Decimal._make(0, 0, "n"))
            return bad, bad
        return Decimal._make(sign, 0, 0), Decimal(a)
    if b._int == 0:
        if a._int == 0 or mode == "%":
            bad = context._raise(DivisionUndefined if a._int == 0 else InvalidOperation,
                                 Decimal._make(0, 0, "n"))
            return bad, bad
        if mode == "divmod":  # both conditions at once, as CPython reports them
            context._raise_all((InvalidOperation, DivisionByZero))
            return Decimal._make(sign, 0, "F"), Decimal._make(0, 0, "n")
        return context._raise(DivisionByZero, Decimal._make(sign, 0, "F")), None
    e = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - e)
    y = b._int * 10 ** (b._exp - e)
    q, r = divmod(x, y)
    if _ndigits(q) > context.prec:
        bad = context._raise(DivisionImpossible, Decimal._make(0, 0, "n"))
        return bad, bad
    quotient = Decimal._make(sign, q, 0)
    remainder = Decimal._make(a._sign, r, e)._fix(context)
    return quotient, remainder


def _pow(a, b, context):
    if a._special or b._special:
        nan = _nan_result(a, b, context)
        if nan is not None:
            return nan
        return Decimal(float(a) ** float(b))._fix(context)
    if b._exp >= 0 or b._int % 10 ** -b._exp == 0:
        return _pow_int(a, int(b), context)
    if a._sign:
        return context._raise(InvalidOperation, Decimal._make(0, 0, "n"))
    return Decimal(repr(float(a) ** float(b)))._fix(context)


def _pow_int(a, n, context):
    # libmpdec's integer power (CPython's results): left-to-right binary powering, each product
    # rounded half-even to the precision plus the exponent's digits plus 2 (one more, through 1/a,
    # for a negative power), then the result rounded to the context.
    if n == 0:
        if a._int == 0:
            return context._raise(InvalidOperation, Decimal._make(0, 0, "n"))
        return Decimal._make(0, 1, 0)
    sign = a._sign if n & 1 else 0
    if a._int == 0:
        return Decimal._make(sign, 0, 0 if n > 0 else "F")
    work = Context(prec=context.prec + len(str(abs(n))) + 2, rounding=ROUND_HALF_EVEN, traps=[])
    base = Decimal._make(0, a._int, a._exp)
    if n < 0:
        work.prec += 1
        base = _div(Decimal._make(0, 1, 0), base, work)
        n = -n
    result = base
    bit = 1 << (n.bit_length() - 1)
    bit >>= 1
    while bit:
        result = _mul(result, result, work)
        if n & bit:
            result = _mul(result, base, work)
        bit >>= 1
    if work.flags[Inexact]:
        context._raise(Inexact)
    if work.flags[Rounded]:
        context._raise(Rounded)
    return Decimal._make(sign, result._int, result._exp)._fix(context)


# ---- format() ----

def _parse_spec(spec):
    fill, align, sign, zero, width, grouping, precision, kind = " ", None, "-", False, 0, "", None, None
    i = 0
    if len(spec) >= 2 and spec[1] in "<>=^":
        fill, align = spec[0], spec[1]
        i = 2
    elif spec[:1] in ("<", ">", "=", "^"):
        align = spec[0]
        i = 1
    if i < len(spec) and spec[i] in "+- ":
        sign = spec[i]
        i += 1
    if i < len(spec) and spec[i] == "0":
        zero = True
        i += 1
    start = i
    while i < len(spec) and spec[i].isdigit():
        i += 1
    if i > start:
        width = int(spec[start:i])
    if i < len(spec) and spec[i] in ",_":
        grouping = spec[i]
        i += 1
    if i < len(spec) and spec[i] == ".":
        i += 1
        start = i
        while i < len(spec) and spec[i].isdigit():
            i += 1
        precision = int(spec[start:i])
    if i < len(spec):
        kind = spec[i]
        i += 1
    if i != len(spec) or (kind is not None and kind not in "eEfFgGn%"):
        raise ValueError("invalid format string")
    if zero and align is None:
        fill, align = "0", "="
    return fill, align or ">", sign, width, grouping, precision, kind


def _group(intpart, sep):
    out = []
    while len(intpart) > 3:
        out.insert(0, intpart[-3:])
        intpart = intpart[:-3]
    out.insert(0, intpart)
    return sep.join(out)


def _format(d, spec):
    fill, align, sign_mode, width, grouping, precision, kind = _parse_spec(spec)
    rounding = getcontext().rounding
    negative = d._sign == 1
    if d._special:
        body = "Infinity" if d._exp == "F" else ("NaN" if d._exp == "n" else "sNaN")
        suffix = "%" if kind == "%" else ""
        body += suffix
    else:
        # Rounded with its sign (ROUND_FLOOR / ROUND_CEILING depend on it), shown without.
        value = Decimal._make(d._sign, d._int, d._exp)
        suffix = ""
        if kind == "%":
            value = Decimal._make(d._sign, value._int, value._exp + 2)
            suffix = "%"
        if kind in ("f", "F", "%"):
            if precision is not None:
                value = value._rescale(-precision, rounding)[0]
            body = _plain(value)
        elif kind in ("e", "E") and value._int == 0:
            p = precision or 0
            exp = value._exp + p if precision is not None else value._exp
            body = "0" + ("." + "0" * p if p else "") + ("e" if kind == "e" else "E") + "%+d" % exp
        elif kind in ("e", "E"):
            if precision is not None:
                digits = _ndigits(value._int)
                value = value._rescale(value._exp + digits - 1 - precision, rounding)[0]
                if _ndigits(value._int) > precision + 1:
                    value = value._rescale(value._exp + 1, rounding)[0]
            digits = str(value._int)
            adjusted = value._exp + len(digits) - 1
            body = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
            body += ("e" if kind == "e" else "E") + "%+d" % adjusted
        elif kind in ("g", "G", "n") or precision is not None:
            if precision is not None:
                precision = max(precision, 1)
                drop = _ndigits(value._int) - precision
                if drop > 0:
                    value = value._rescale(value._exp + drop, rounding)[0]
                    if _ndigits(value._int) > precision:
                        value = value._rescale(value._exp + 1, rounding)[0]
            text = value.copy_abs()._to_string(False)
            body = text.lower() if kind in ("g", "n") else text
        else:
            body = value.copy_abs()._to_string(False)
        if grouping and kind not in ("e", "E"):
            intpart, dot, rest = body.partition(".")
            if intpart.isdigit():
                if fill == "0" and align == "=":
                    # CPython groups the zero padding too (one more digit rather than a leading ",").
                    need = width - (1 if negative or sign_mode in "+ " else 0) - len(dot + rest + suffix)
                    while len(intpart) + (len(intpart) - 1) // 3 < need:
                        intpart = "0" + intpart
                body = _group(intpart, grouping) + dot + rest
        body += suffix
    sign = "-" if negative else ("+" if sign_mode == "+" else (" " if sign_mode == " " else ""))
    pad = width - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    if align == "<":
        return sign + body + fill * pad
    if align == "^":
        left = pad // 2
        return fill * left + sign + body + fill * (pad - left)
    if align == "=":
        return sign + fill * pad + body
    return fill * pad + sign + body


def _plain(value):
    # The digits without an exponent (format type 'f'); a zero shows no exponent's zeros.
    digits = str(value._int)
    if value._int == 0 and value._exp > 0:
        return "0"
    if value._exp >= 0:
        return digits + "0" * value._exp
    frac = -value._exp
    if len(digits) <= frac:
        digits = "0" * (frac - len(digits) + 1) + digits
    return digits[:-frac] + "." + digits[-frac:]


def _register():
    # numbers.Number counts Decimal (CPython registers it); numbers registers it too if it comes later.
    import sys
    numbers = sys.modules.get("numbers")
    if numbers is not None:
        numbers.Number.register(Decimal)


_register()
