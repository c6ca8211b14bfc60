# Generator objects: names, gi_* attributes and inspect.getgeneratorstate, as CPython 3.11 has them.
import inspect


def countdown(n):
    while n > 0:
        yield n
        n -= 1


class Reader:
    def lines(self):
        yield "a"
        yield "b"


def delegating():
    result = yield from countdown(2)
    yield result


def watcher():
    gen = yield
    print("inside:", inspect.getgeneratorstate(gen), gen.gi_running)
    yield


gen = countdown(3)
print(gen.__name__, gen.__qualname__, gen.gi_code.co_name)
print(inspect.getgeneratorstate(gen), gen.gi_running, gen.gi_suspended, gen.gi_frame is None)
print(next(gen))
print(inspect.getgeneratorstate(gen), gen.gi_running, gen.gi_suspended, gen.gi_frame is None)
print(gen.gi_frame.f_lineno, gen.gi_yieldfrom)
print(list(gen))
print(inspect.getgeneratorstate(gen), gen.gi_suspended, gen.gi_frame)

method_gen = Reader().lines()
print(method_gen.__name__, method_gen.__qualname__)

outer = delegating()
next(outer)
print(type(outer.gi_yieldfrom).__name__, outer.gi_yieldfrom.__name__)
closed = countdown(5)
next(closed)
closed.close()
print(inspect.getgeneratorstate(closed))

w = watcher()
next(w)
w.send(w)
print(inspect.getgeneratorstate(w))
try:
    inspect.getgeneratorlocals(42)
except TypeError as error:
    print("TypeError:", error)
try:
    gen.gi_running = True
except AttributeError as error:
    print("AttributeError")
