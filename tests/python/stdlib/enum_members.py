# enum as asyncio code uses it: states of a worker, auto(), value lookup, IntEnum, StrEnum, Flag.
import asyncio
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias

    def describe(self):
        return "%s is %d" % (self.name, self.value)


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(f"{Color.GREEN}", "%s" % Color.BLUE, str(Color.BLUE))
print(Color(2), Color.CRIMSON is Color.RED, Color(1) is Color.RED)
print(Color.RED.describe(), isinstance(Color.RED, Color), type(Color.RED) is Color)
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED == 1, Color.RED != Color.BLUE)
print(list(Color.__members__), [m.name for m in Color.__members__.values()])
print({Color.RED: "stop", Color.GREEN: "go"}[Color.GREEN])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()


print([(s.name, s.value) for s in State.__members__.values()], repr(State.DONE))


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Priority.HIGH, repr(Priority.HIGH), Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1,
      Priority.LOW == 1, Priority(5), sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]))
print(f"{Priority.MEDIUM}", isinstance(Priority.LOW, int), int(Priority.HIGH))


class Mode(StrEnum):
    FAST = auto()
    SAFE = "safe-mode"


print(Mode.FAST, repr(Mode.FAST), Mode.SAFE == "safe-mode", Mode.FAST.upper(), repr(Mode("fast")))


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(repr(Perm.R), repr(Perm.X), repr(rw), str(rw), Perm.R in rw, Perm.X in rw, bool(rw))
print(repr(rw & Perm.W), repr(rw ^ Perm.R), repr(~Perm.R), [m.name for m in rw], len(rw))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), repr(Perm(7)))


class Access(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


a = Access.READ | Access.WRITE
print(repr(a), str(a), a == 6, a & 4, repr(Access.READ | 1), int(a) + 1)


class Planet(Enum):
    MERCURY = (0.33, 2439)
    EARTH = (5.97, 6371)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.EARTH.radius, repr(Planet.MERCURY))


class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3

    @classmethod
    def _missing_(cls, value):
        return cls.SQUARE


print(Shape(99))

Animal = Enum("Animal", "ANT BEE CAT")
print(repr(Animal.BEE), Animal(3), [m.value for m in Animal.__members__.values()])
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


class Status(str, Enum):
    ACTIVE = "active"
    DONE = "done"


class Level(int, Enum):
    LOW = 1
    HIGH = 2


print(Status.ACTIVE, repr(Status.ACTIVE), Status("done"), Status.ACTIVE == "active", Status.ACTIVE.value, Status.DONE.name)
print(Level.HIGH, repr(Level.HIGH), Level(1), Level.HIGH > Level.LOW, Level.LOW + 1, isinstance(Level.LOW, int))
print(f"{Status.DONE}", Status.ACTIVE.upper(), {Status.ACTIVE: 1}["active"], sorted([Level.HIGH, Level.LOW]),
      {Level.LOW: "l"}[1], Status.ACTIVE < Status.DONE, len(Status.DONE), "act" in Status.ACTIVE)
try:
    Status("nope")
except ValueError as e:
    print("ValueError:", e)


async def worker(name, states):
    states[name] = State.RUNNING
    await asyncio.sleep(0.1)
    states[name] = State.DONE


async def main():
    states = {n: State.IDLE for n in "ab"}
    tasks = [asyncio.create_task(worker(n, states)) for n in states]
    await asyncio.sleep(0)
    print(states)
    await asyncio.gather(*tasks)
    print(states, all(s is State.DONE for s in states.values()))


asyncio.run(main())
