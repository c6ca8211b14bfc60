# numbers for Loopscope's MicroPython: the numeric tower of ABCs (PEP 3141) as CPython 3.11 has it:
# Number > Complex > Real > Rational > Integral, with their abstract methods and concrete mixins,
# and complex, float, int registered (bool through int; fractions.Fraction registers as Rational),
# so isinstance(1, numbers.Number) and issubclass(bool, numbers.Integral) are True (shim/abc.py).

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _abstract(namespace, names):
    # The abstract methods of a class body (the namespace is the body's dict).
    for name in names.split():
        def method(self, *args):
            raise NotImplementedError
        method.__name__ = name
        namespace[name] = abstractmethod(method)


def _abstract_properties(namespace, names):
    for name in names.split():
        def getter(self):
            raise NotImplementedError
        getter.__name__ = name
        namespace[name] = property(abstractmethod(getter))


class Number(metaclass=ABCMeta):
    __slots__ = ()


class Complex(Number):
    __slots__ = ()
    _abstract(locals(), "__complex__ __add__ __radd__ __neg__ __pos__ __mul__ __rmul__ __truediv__ "
                        "__rtruediv__ __pow__ __rpow__ __abs__ conjugate __eq__")
    _abstract_properties(locals(), "real imag")

    def __bool__(self):
        return self != 0

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other


Complex.register(complex)


class Real(Complex):
    __slots__ = ()
    _abstract(locals(), "__float__ __trunc__ __floor__ __ceil__ __round__ __floordiv__ __rfloordiv__ "
                        "__mod__ __rmod__ __lt__ __le__")

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


Real.register(float)


class Rational(Real):
    __slots__ = ()
    _abstract_properties(locals(), "numerator denominator")

    def __float__(self):
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    __slots__ = ()
    _abstract(locals(), "__int__ __pow__ __lshift__ __rlshift__ __rshift__ __rrshift__ __and__ __rand__ "
                        "__xor__ __rxor__ __or__ __ror__ __invert__")

    def __index__(self):
        return int(self)

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Integral.register(int)


def _register_decimal():
    # decimal.Decimal is a Number (decimal registers itself if numbers is imported first).
    import sys
    decimal = sys.modules.get("decimal")
    if decimal is not None:
        Number.register(decimal.Decimal)


_register_decimal()
