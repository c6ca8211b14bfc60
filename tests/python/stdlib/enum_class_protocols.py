# What an enum class does as a container (needs metaclasses for class statements; see README.md).
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


print(list(Color), len(Color), Color["GREEN"], Color.RED in Color, Color)
for c in Color:
    print(c.name, c.value)
