# contextlib.ContextDecorator / AsyncContextDecorator: a context-manager class usable as a
# decorator (each call goes through _recreate_cm()), @asynccontextmanager on coroutine functions,
# and contextlib.chdir.
import asyncio
import contextlib
import os
import tempfile


class Traced(contextlib.ContextDecorator):
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("enter", self.label)
        return self

    def __exit__(self, *exc):
        print("exit", self.label, exc[0].__name__ if exc[0] else None)
        return False


@Traced("plain")
def work(x):
    """Doubles x."""
    print("work", x)
    return x * 2


print(work(3), work.__name__, work.__doc__)


@Traced("failing")
def fails():
    raise KeyError("k")


try:
    fails()
except KeyError as e:
    print("KeyError", e)


class Fresh(contextlib.ContextDecorator):
    made = 0

    def __init__(self):
        Fresh.made += 1
        self.n = Fresh.made

    def _recreate_cm(self):
        return Fresh()

    def __enter__(self):
        print("fresh enter", self.n)

    def __exit__(self, *exc):
        print("fresh exit", self.n)


@Fresh()
def twice():
    print("twice body")


twice()
twice()
print(isinstance(Traced("x"), contextlib.ContextDecorator))


class ATraced(contextlib.AsyncContextDecorator):
    async def __aenter__(self):
        print("aenter")
        return self

    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False


@ATraced()
async def job(n):
    await asyncio.sleep(0.1)
    print("job", n)
    return n + 1


@contextlib.asynccontextmanager
async def span(name):
    print("open", name)
    yield name
    print("close", name)


@span("deco")
async def spanned():
    print("inside spanned")
    return "done"


@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    yield
    print("</%s>" % name)


@tag("b")
def bold():
    print("text")


async def main():
    print(await job(1), job.__name__)
    print(await spanned(), await spanned())
    bold()
    bold()


asyncio.run(main())

os.chdir(tempfile.mkdtemp())
start = os.getcwd()
os.makedirs("ctx_dir", exist_ok=True)
with contextlib.chdir("ctx_dir"):
    print(os.getcwd() == os.path.join(start, "ctx_dir"))
print(os.getcwd() == start)
os.rmdir("ctx_dir")
