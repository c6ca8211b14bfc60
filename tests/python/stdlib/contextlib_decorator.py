# A @contextmanager manager used as a decorator (CPython's ContextDecorator): each call of the
# decorated function runs inside a fresh manager.
from contextlib import contextmanager

@contextmanager
def tag(name):
    print(f"<{name}>")
    yield
    print(f"</{name}>")

@tag("deco")
def decorated(x):
    print("inside decorated", x)
    return x * 2

print(decorated(1), decorated(2), decorated.__name__)
with tag("with"):
    print("body")
