# numbers and abc: the numeric tower's instance checks, register(), abstract-method enforcement
import numbers
from abc import ABC, ABCMeta, abstractmethod
from fractions import Fraction

for value in (1, True, 2.5, 1j, Fraction(1, 3), "1", None):
    print(repr(value), [isinstance(value, cls) for cls in
                        (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Integral), issubclass(int, numbers.Real))


def describe(x):
    if isinstance(x, numbers.Integral):
        return "integer"
    if isinstance(x, numbers.Real):
        return "real"
    if isinstance(x, numbers.Number):
        return "number"
    return "not a number"


print([describe(x) for x in (3, 3.5, 2 + 0j, "3")])


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Solid(Shape):
    @abstractmethod
    def volume(self):
        ...


print(Square(3).describe())
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__), sorted(Solid.__abstractmethods__))
for cls in (Shape, Solid):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(Square(1), Shape), type(Shape).__name__, isinstance(Shape, ABCMeta))


class Drawable(metaclass=ABCMeta):
    @abstractmethod
    def draw(self):
        ...


class Legacy:
    def draw(self):
        return "drawn"


Drawable.register(Legacy)
print(isinstance(Legacy(), Drawable), issubclass(Legacy, Drawable), isinstance(Square(1), Drawable))


class MyNumber(numbers.Number):
    pass


print(isinstance(MyNumber(), numbers.Number), isinstance(MyNumber(), numbers.Complex))
try:
    numbers.Integral()
except TypeError as e:
    print("TypeError:", str(e)[:60])


class Plugin(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...


class Echo(Plugin):
    @property
    def name(self):
        return "echo"

    @classmethod
    def create(cls):
        return cls()


try:
    Plugin()
except TypeError as e:
    print("TypeError:", e)
print(Echo.create().name, sorted(Plugin.__abstractmethods__), Echo.__abstractmethods__ == frozenset())
