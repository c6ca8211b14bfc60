import enum
class S(enum.Enum):
    NEW = 1
    OLD = "x"
class C(enum.IntEnum):
    RED = 1
    BLUE = 20
class M(int, enum.Enum):
    A = 5
class T(enum.StrEnum):
    X = "ex"
class F(enum.Flag):
    R = 1
    G = 2
class IF(enum.IntFlag):
    R = 1
    G = 2
class Custom(enum.Enum):
    Q = 1
    def __str__(self):
        return "custom-" + self.name
print(f"{S.NEW:>10}|{S.OLD:<8}|{S.NEW}|{S.NEW!r:>20}|")
print(format(C.RED, "d"), f"{C.RED:03}", f"{C.BLUE:>5}|", f"{C.RED}", format(C.BLUE, "x"), f"{C.RED:.2f}")
print(f"{M.A}", f"{M.A:>4}|")
print(f"{T.X:>5}|", f"{T.X}")
print(f"{F.R|F.G}", f"{F.R:>8}|")
print(f"{IF.R|IF.G}", f"{IF.G:03}", format(IF.R|IF.G, "b"))
print(f"{Custom.Q:>12}|", "{:^12}|".format(S.NEW), format(S.NEW))
print("{:*^9}".format(C.BLUE), f"{F.G!s:>6}|", f"{IF.R:+d}", f"{S.NEW:.3}|")
print([format(m, "") for m in C], [f"{m:4}" for m in S])
