# A metaclass is the class's own type: type(C), C.__class__, isinstance(C, M); M.__call__ runs on
# C(...) (the singleton pattern), M's __len__/__iter__/__contains__/__getitem__/__repr__ apply to the
# class, and attributes the class lacks come from M. Subclasses get the metaclass of their bases.


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args, kwargs)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name, debug=False):
        self.name = name
        self.debug = debug


a = Config("app", debug=True)
b = Config("other")
print(a is b, a.name, a.debug, type(Config).__name__, Config.__class__ is Singleton)
print(isinstance(Config, Singleton), isinstance(Config, type), isinstance(a, Config), type(a) is Config)


class Registry(type):
    classes = []

    def __new__(mcls, name, bases, namespace):
        cls = super().__new__(mcls, name, bases, namespace)
        mcls.classes.append(name)
        return cls

    def __init__(cls, name, bases, namespace):
        super().__init__(name, bases, namespace)
        cls.registered_as = name.lower()

    def __iter__(cls):
        return iter(sorted(k for k in vars(cls) if not k.startswith("_")))

    def __len__(cls):
        return len(list(iter(cls)))

    def __contains__(cls, item):
        return item in vars(cls)

    def __getitem__(cls, key):
        return getattr(cls, key)

    def __repr__(cls):
        return "<registered %s>" % cls.__name__

    def describe(cls):
        return "%s with %d public names" % (cls.__name__, len(cls))

    @property
    def label(cls):
        return cls.__name__.upper()


class Plugin(metaclass=Registry):
    alpha = 1
    beta = 2


class Special(Plugin):  # the metaclass comes from the base
    gamma = 3


print(Registry.classes, Plugin.registered_as, Special.registered_as)
print(list(Plugin), len(Special), "gamma" in Special, "alpha" in Special, Plugin["beta"])
print(Plugin, repr(Special), str(Special), [Plugin, Special], type(Special) is Registry)
print(Plugin.describe(), Special.label, hasattr(Plugin, "describe"), hasattr(Plugin(), "describe"))
print(type(Plugin()).__name__, isinstance(Special(), Plugin))


class Plain:
    pass


print(type(Plain), Plain.__class__, isinstance(Plain, Registry), bool(Plain), {Plain: 1}[Plain])
try:
    iter(Plain)
except TypeError as e:
    print("TypeError", e)
try:
    len(Plain)
except TypeError as e:
    print("TypeError", e)


class Other(type):
    pass


class Mixed(Plugin, metaclass=Registry):
    pass


print(type(Mixed).__name__, list(Mixed))
try:
    class Clash(Plugin, metaclass=Other):
        pass
except TypeError as e:
    print("TypeError", e)
