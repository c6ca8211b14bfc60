# An instance's __dict__ reads and writes its attributes; a class's __setattr__/__delattr__ come
# before its properties and descriptors, which object.__setattr__ honours; __new__ returning an
# instance of a subclass still gets __init__; types.ModuleType(name); '%(name)s' % any mapping.
import json
import types


class Config:
    def __init__(self, **options):
        self.__dict__.update(options)


c = Config(host="localhost", port=8080)
print(c.host, c.port, vars(c))
c.__dict__["debug"] = True
print(c.debug, "debug" in c.__dict__, len(c.__dict__))
del c.__dict__["port"]
print(hasattr(c, "port"), sorted(c.__dict__), list(c.__dict__.items()))
print(json.dumps(c.__dict__), isinstance(c.__dict__, dict), type(c.__dict__))
print(c.__dict__ == {"host": "localhost", "debug": True}, {} == c.__dict__)
d = c.__dict__
print(d.pop("debug"), d.pop("missing", "default"), d.setdefault("retries", 3), c.retries)
print(d.popitem(), vars(c))
d.clear()
print(vars(c), bool(d))
try:
    d["nothing"]
except KeyError as e:
    print("KeyError", e)


class Record:
    pass


r = Record()
r.__dict__ = {"a": 1, "b": 2}
print(r.a, r.b, {**r.__dict__})
for name in r.__dict__:
    print(name, getattr(r, name))
try:
    r.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
print("%(a)s-%(b)s" % r.__dict__)


class Temperature:
    def __init__(self):
        self._celsius = 0
        self.unit = "C"

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        print("  celsius setter", value)
        self._celsius = value

    def __setattr__(self, name, value):
        print("  __setattr__", name, value)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("  __delattr__", name)
        object.__delattr__(self, name)


t = Temperature()
t.celsius = 21
print(t.celsius, t._celsius)
del t.unit
try:
    del t.unit
except AttributeError as e:
    print("AttributeError:", e)


class Logged:
    def __set__(self, obj, value):
        print("  Logged.__set__", value)

    def __get__(self, obj, owner=None):
        return "from the descriptor"


class Model:
    field = Logged()

    def __setattr__(self, name, value):
        print("  Model.__setattr__", name)
        object.__setattr__(self, name, value)


m = Model()
m.field = 3
print(m.field)


class ReadOnly:
    @property
    def value(self):
        return 1


for action in ("set", "delete"):
    try:
        if action == "set":
            ReadOnly().value = 2
        else:
            del ReadOnly().value
    except AttributeError as e:
        print("AttributeError:", e)


class Shape:
    def __new__(cls, sides=0):
        if cls is Shape and sides == 3:
            return super().__new__(Triangle)
        return super().__new__(cls)

    def __init__(self, sides=0):
        print("  __init__ of", type(self).__name__, sides)


class Triangle(Shape):
    pass


print(type(Shape(3)).__name__, type(Shape(4)).__name__)


class NotAnInstance:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never runs")


print(NotAnInstance())

plugin = types.ModuleType("plugin", "A module made at run time.")
plugin.answer = 42
print(plugin.__name__, plugin.__doc__, plugin.answer, plugin)
try:
    types.ModuleType(3)
except TypeError as e:
    print("TypeError:", e)
