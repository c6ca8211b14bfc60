# super().__new__(cls, ...) reaching a native base (int, str, tuple, type) and super() in classmethods.


class Celsius(float):
    def __new__(cls, degrees):
        print("Celsius.__new__", cls.__name__, degrees)
        return super().__new__(cls, degrees)

    def fahrenheit(self):
        return self * 9 / 5 + 32


class Priority(int):
    def __new__(cls, value, label=""):
        self = super().__new__(cls, value)
        self.label = label
        return self


class Shout(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))


c = Celsius(100)
print(c.fahrenheit(), isinstance(c, float), type(c).__name__)
p = Priority(3, label="high")
print(p + 1, p.label, isinstance(p, int), int(p) * 2)
s = Shout("hello")
print(s, len(s), s.lower(), isinstance(s, str))
pair = Pair(1, 2)
print(pair[0], pair[1], len(pair), sum(pair))


class Base:
    def __new__(cls, *args):
        print("Base.__new__", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, value):
        self.value = value

    @classmethod
    def create(cls, value):
        return cls(value)


class Child(Base):
    @classmethod
    def create(cls, value):
        print("Child.create", cls.__name__)
        return super().create(value * 10)


print(Base(1).value, Child(2).value, Child.create(3).value)


class Meta(type):
    def __new__(mcls, name, bases, namespace):
        print("Meta.__new__", name, sorted(k for k in namespace if not k.startswith("__")))
        namespace["added"] = True
        return super().__new__(mcls, name, bases, namespace)


Made = Meta("Made", (), {"x": 1})
print(Made.__name__, Made.x, Made.added, Made().x)
