# inspect: telling coroutine functions, generators and plain functions apart, signature(), getsource().
import asyncio
import functools
import inspect


async def fetch(url, *, timeout=10):
    await asyncio.sleep(0)
    return url


def countdown(n):
    while n:
        yield n
        n -= 1


async def ticker(n):
    for i in range(n):
        yield i


def plain(a, b=2, *args, c, d=4, **options):
    """Add things.

    Returns the sum.
    """
    return a + b


def annotated(x: int, y: str = "hi") -> bool:
    return True


class Service:
    def __init__(self, name, retries=3):
        self.name = name

    async def start(self):
        pass

    def stop(self, now=False):
        pass


names = ("fetch", "countdown", "ticker", "plain", "Service", "Service.start", "bound start", "print", "len")
for name, obj in zip(names, (fetch, countdown, ticker, plain, Service, Service.start, Service("s").start, print, len)):
    print(name, inspect.iscoroutinefunction(obj), inspect.isgeneratorfunction(obj),
          inspect.isasyncgenfunction(obj), inspect.isfunction(obj), inspect.isclass(obj), inspect.ismethod(obj))

coro = fetch("x")
gen = countdown(3)
agen = ticker(2)
for obj in (coro, gen, agen, 42):
    print(inspect.iscoroutine(obj), inspect.isgenerator(obj), inspect.isasyncgen(obj), inspect.isawaitable(obj))
coro.close()
print(inspect.iscoroutinefunction(functools.partial(fetch, "y")), inspect.iscoroutinefunction(lambda: None))

sig = inspect.signature(plain)
print(sig)
print(repr(sig))
print(list(sig.parameters), repr(sig.parameters["b"]), sig.parameters["args"].kind, sig.parameters["c"].kind)
print(sig.parameters["a"].default is inspect.Parameter.empty, sig.parameters["d"].default, sig.return_annotation)
print(inspect.signature(annotated), inspect.signature(lambda: 0), inspect.signature(fetch))
print(inspect.signature(Service), inspect.signature(Service("s").stop), inspect.signature(Service.stop))
print(inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.VAR_POSITIONAL.description)
bound = sig.bind(1, c=3)
print(bound, bound.arguments, bound.args, bound.kwargs)
bound.apply_defaults()
print(bound)
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)

print(inspect.getsource(countdown), end="")
print(inspect.getsource(Service.stop), end="")
print(inspect.getsource(Service).splitlines()[0], len(inspect.getsourcelines(plain)[0]), inspect.getsourcelines(plain)[1])
print(inspect.getdoc(plain))
print(inspect.cleandoc("  first\n      indented\n    body\n"))
print([name for name, _ in inspect.getmembers(Service, inspect.isfunction)])
try:
    inspect.getsource(len)
except TypeError as e:
    print("TypeError:", e)
print(inspect.unwrap(functools.wraps(plain)(lambda: 0)) is plain)
