# enum.Flag with composite members in the class body (RW = R | W over auto()), flag reprs and ops
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
    ALL = R | W | X


print(repr(Perm.R), repr(Perm.RW), repr(Perm.ALL), Perm.RW.value, Perm.ALL.value)
print(repr(Perm.R | Perm.W), repr(Perm.R | Perm.X), repr(Perm.W | Perm.X), str(Perm.R | Perm.X))
print(Perm.R | Perm.W is Perm.RW, Perm.RW.name, (Perm.R | Perm.X).name, Perm(3))
print(Perm.R in Perm.RW, Perm.X in Perm.RW, bool(Perm.RW & Perm.X), repr(Perm.RW & Perm.W))
print(list(Perm), list(Perm.__members__), len(Perm))
print(list(Perm.R | Perm.X), repr(~Perm.R), repr(Perm(0)))


class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = RED | GREEN | BLUE


print(repr(Color.WHITE), repr(Color.RED | Color.BLUE), Color(7) is Color.WHITE, repr(Color.GREEN ^ Color.WHITE))


class Mode(IntFlag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RWX = READ | WRITE | EXEC


print(repr(Mode.RWX), repr(Mode.READ | Mode.WRITE), Mode.READ | 8, int(Mode.RWX), Mode.WRITE == 2)
