# Positional-only parameters are enforced as in CPython 3.11: a keyword naming one is a TypeError
# (the function's qualified name, every such keyword listed), or goes into **kwargs when there is one.
def attempt(label, call):
    try:
        print(label, "->", call())
    except TypeError as e:
        print(label, "-> TypeError:", e)

def f(a, /, b):
    return (a, b)

def h(a, b=2, /):
    return (a, b)

def m(a, b, /, c):
    return (a, b, c)

def kw(a, /, **kwargs):
    return (a, kwargs)

def both(a, b, /, c, **rest):
    return (a, b, c, rest)

def star(a, /, *args, **kwargs):
    return (a, args, kwargs)

class Client:
    def get(self, url, /, timeout=1):
        return (url, timeout)

    @staticmethod
    def parse(text, /):
        return text.upper()

    @classmethod
    def make(cls, name, /):
        return cls.__name__ + ":" + name

def outer():
    def inner(x, /):
        return x
    return inner

attempt("f(1, 2)", lambda: f(1, 2))
attempt("f(1, b=2)", lambda: f(1, b=2))
attempt("f(a=1, b=2)", lambda: f(a=1, b=2))
attempt("h(1)", lambda: h(1))
attempt("h(1, b=3)", lambda: h(1, b=3))
attempt("h(a=1, b=3)", lambda: h(a=1, b=3))
attempt("m(a=1, b=2, c=3)", lambda: m(a=1, b=2, c=3))
attempt("m(1, b=2, c=3)", lambda: m(1, b=2, c=3))
attempt("m(1, 2, zz=3)", lambda: m(1, 2, zz=3))
attempt("kw(1, a=2)", lambda: kw(1, a=2))
attempt("kw(a=2)", lambda: kw(a=2))
attempt("both(1, 2, 3, a=4, b=5)", lambda: both(1, 2, 3, a=4, b=5))
attempt("both(a=1, b=2, c=3)", lambda: both(a=1, b=2, c=3))
attempt("star(1, 2, a=3)", lambda: star(1, 2, a=3))
c = Client()
attempt("c.get('x')", lambda: c.get("x"))
attempt("c.get('x', timeout=2)", lambda: c.get("x", timeout=2))
attempt("c.get(url='x')", lambda: c.get(url="x"))
attempt("Client.parse(text='a')", lambda: Client.parse(text="a"))
attempt("Client.make(name='a')", lambda: Client.make(name="a"))
attempt("Client.make('a')", lambda: Client.make("a"))
attempt("outer()(x=1)", lambda: outer()(x=1))
attempt("lambda", lambda: (lambda a, /: a)(a=1))

def closure_maker(base):
    def add(x, /, step=1):
        return base + x * step
    return add

add = closure_maker(10)
attempt("add(2, step=3)", lambda: add(2, step=3))
attempt("add(x=2)", lambda: add(x=2))

async def fetch(url, /):
    return url

attempt("fetch(url='u')", lambda: fetch(url="u"))

def gen(n, /):
    yield n

attempt("gen(n=1)", lambda: gen(n=1))
print(dict(**{"a": 1}), kw(0, **{"a": 1, "b": 2}))
