# What an enum class does as a container: iteration in definition order without aliases, len(),
# Color["RED"], `in`, reversed(), the class's repr and type, and the same for Flag and IntEnum.
import enum
from enum import Enum, Flag, IntEnum, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias: not listed


print(list(Color), len(Color), Color["GREEN"], Color.RED in Color, Color)
for c in Color:
    print(c.name, c.value)
print([c.name for c in reversed(Color)])
print(type(Color), type(Color) is enum.EnumMeta, isinstance(Color, enum.EnumType))
print(Color.CRIMSON is Color.RED, Color["CRIMSON"], len(Color.__members__))
print(repr(Color), str(Color), bool(Color), len(Enum), list(Enum))
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError", e)
try:
    1 in Color
except TypeError as e:
    print("TypeError", e)


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6  # a composite: not listed


print(list(Perm), len(Perm), Perm, Perm.R | Perm.W in Perm, Perm["RW"])


class Priority(IntEnum):
    LOW = auto()
    HIGH = auto()


print(sorted(Priority, reverse=True), max(Priority), Priority, dict.fromkeys(Priority, 0))
print({p.name: p.value for p in Priority}, [p for p in Priority if p > 1])


class Shape(Enum):
    SQUARE = "square"
    CIRCLE = "circle"

    @classmethod
    def names(cls):
        return [s.name for s in cls]


print(Shape.names(), Shape("circle"), Shape.CIRCLE in Shape, list(map(str, Shape)))
