# Classes, instances and bound methods print as CPython 3.11's (addresses masked: they differ per run).
import re


def masked(text):
    return re.sub(r"0x[0-9a-f]+", "0x…", str(text))


class Foo:
    def run(self):
        pass

    @classmethod
    def make(cls):
        return cls()


class Bar(Foo):
    pass


class MyError(Exception):
    pass


class WithRepr:
    def __repr__(self):
        return "WithRepr()"


print(Foo, Bar, MyError, type(MyError("boom")), type(Foo()), int, ValueError, type(None))
print(masked(Foo()), masked(repr(Bar())), masked(f"{Foo()!r}"), WithRepr(), [WithRepr()])
print(masked(Foo().run), masked(Bar().run), masked(Bar.make))
print(masked([].append), masked({}.get))
print(masked([Foo()]), masked({"k": Bar()}))
try:
    raise MyError("boom")
except Exception as e:
    print(type(e), type(e).__name__, repr(e))
print(str(Foo).startswith("<class '__main__."), type(Foo).__name__, Foo.__name__, Foo.__module__)
import math
import time

print(print, len, isinstance, math.sqrt, time.sleep)
