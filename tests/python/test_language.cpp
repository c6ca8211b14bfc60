// Language features the embedded MicroPython gained for asyncio teaching code (runtime/python/
// patches/0004+, port/asyncgen.c, port/exceptstar.c, port/sys_stdio.c, shim/*.py). Each script's
// expected output is what CPython 3.11.7 prints for it (under the conformance corpus's virtual clock).
#include <doctest/doctest.h>

#include "support.hpp"

using loopscope::python::EngineOptions;

namespace {

EngineOptions vtime() {
    EngineOptions o;
    o.virtual_time = true;
    return o;
}

// Runs `source` and checks that it succeeds with exactly `expected` on stdout.
void check_script(const char* source, const char* expected, bool virtual_time) {
    auto c = run_py(source, virtual_time ? vtime() : EngineOptions{});
    INFO(c.result.traceback);
    CHECK(c.result.ok);
    CHECK(c.out == expected);
}

}  // namespace

TEST_CASE("async generators: async for, asend/athrow/aclose, anext/aiter, methods") {
    check_script(R"PY(import asyncio


async def ticker(name, n, interval):
    for i in range(n):
        await asyncio.sleep(interval)
        yield f"{name}{i}"
    print(f"{name} exhausted")


async def echo():
    got = []
    try:
        while True:
            value = yield len(got)
            got.append(value)
    finally:
        print("echo closing with", got)


async def two():
    try:
        yield 1
        yield 2
    finally:
        print("two finally")


class Paginator:
    def __init__(self, pages):
        self.pages = pages

    def __aiter__(self):
        return self._gen()

    async def _gen(self):
        for number, page in enumerate(self.pages, 1):
            await asyncio.sleep(0.2)
            yield number, page


async def main():
    loop = asyncio.get_running_loop()
    async for value in ticker("x", 3, 0.5):
        print(f"{loop.time():.1f} {value}")
    print(await asyncio.gather(*(collect(ticker(n, 2, d)) for n, d in (("a", 0.4), ("b", 0.3)))))
    async for number, page in Paginator([["a"], []]):
        print(f"{loop.time():.1f} page {number}: {page}")
    e = echo()
    print(await e.__anext__(), await e.asend("a"), await e.asend("b"))
    await e.aclose()
    g = two()
    print(await anext(g))
    try:
        await g.athrow(ValueError("boom"))
    except ValueError as exc:
        print("athrow raised", repr(exc))
    print(await anext(g, "default"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    fresh = two()
    await fresh.aclose()
    print("closed before start:", await anext(fresh, "nothing"))
    g2 = two()
    step = g2.__anext__()
    print(await step)
    try:
        await step
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    await g2.aclose()
    print(type(two()).__name__, two.__name__, asyncio.iscoroutine(two()))
    it = aiter(two())
    print(await it.__anext__())
    await it.aclose()


async def collect(agen):
    return [v async for v in agen]


asyncio.run(main())
)PY",
                 R"PY(0.5 x0
1.0 x1
1.5 x2
x exhausted
b exhausted
a exhausted
[['a0', 'a1'], ['b0', 'b1']]
2.5 page 1: ['a']
2.7 page 2: []
0 1 2
echo closing with ['a', 'b']
1
two finally
athrow raised ValueError('boom')
default
StopAsyncIteration
closed before start: nothing
1
RuntimeError: cannot reuse already awaited __anext__()/asend()
two finally
async_generator two False
1
two finally
)PY",
                 true);
}

TEST_CASE(
    "async comprehensions, await in comprehensions, __await__ (user classes and native awaitables), await "
    "errors") {
    check_script(R"PY(import asyncio


async def count(n, delay=0.1):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.5)
        self.current -= 1
        return self.current + 1


class Later:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(0.25).__await__()
        return self.value


class Delegates:
    def __await__(self):
        return asyncio.sleep(0.25, "delegated").__await__()


class NotAwaitable:
    def __await__(self):
        return 5


async def double(x):
    await asyncio.sleep(0.1)
    return 2 * x


async def main():
    loop = asyncio.get_running_loop()
    print([x async for x in count(3)])
    print([x * 10 async for x in count(4) if x % 2 == 0])
    print({x: x * x async for x in count(3)})
    print([(a, b) for a in range(2) async for b in count(2)])
    print([[y async for y in count(x)] for x in range(3)])
    print([await double(x) for x in range(3)])
    print([await double(x) async for x in count(2)])
    it = Countdown(2)
    print([n async for n in it], "reused:", [n async for n in it])
    print(await Later("later"), await Delegates(), f"{loop.time():.2f}")
    for bad in (5, NotAwaitable()):
        try:
            await bad
        except TypeError as e:
            print("TypeError:", e)
    for bad in (anext, aiter):
        try:
            bad(5)
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
)PY",
                 R"PY([0, 1, 2]
[0, 20]
{0: 0, 1: 1, 2: 4}
[(0, 0), (0, 1), (1, 0), (1, 1)]
[[], [0], [0, 1]]
[0, 2, 4]
[0, 2]
[2, 1] reused: []
later delegated 3.90
TypeError: object int can't be used in 'await' expression
TypeError: __await__() returned non-iterator of type 'int'
TypeError: 'int' object is not an async iterator
TypeError: 'int' object is not an async iterable
)PY",
                 true);
}

TEST_CASE("async generator expressions, also made in a plain function") {
    check_script(R"PY(import asyncio
async def count(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i
async def double(x):
    await asyncio.sleep(0.1)
    return 2 * x
async def main():
    g = (x * 3 async for x in count(3))
    print(type(g).__name__)
    print([v async for v in g])
    h = (await double(x) for x in range(3))
    print(type(h).__name__, [v async for v in h])
    print([v async for v in (y async for y in count(2) if y)])
def sync_maker():
    return (x async for x in count(2))
async def use():
    print([v async for v in sync_maker()])
asyncio.run(main())
asyncio.run(use())
)PY",
                 R"PY(async_generator
[0, 3, 6]
async_generator [0, 2, 4]
[1]
[0, 1]
)PY",
                 true);
}

TEST_CASE("raise from: __cause__, __context__, __suppress_context__, notes; implicit context") {
    check_script(
        R"PY(class FetchError(Exception):
    pass
try:
    try:
        raise ConnectionError("socket closed")
    except ConnectionError as e:
        err = FetchError("could not fetch page")
        err.add_note("url: /index.html")
        raise err from e
except FetchError as e:
    print(repr(e.__cause__), e.__suppress_context__, e.__notes__, repr(e.__context__))
try:
    try:
        {}["x"]
    except KeyError:
        raise ValueError("v")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    raise ValueError("bad") from None
except ValueError as e:
    print("from None -> cause", e.__cause__, "suppress", e.__suppress_context__)
def f():
    try:
        1/0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
try:
    f()
except Exception as e:
    print(type(e.__cause__).__name__)
e = ValueError(1)
e.__cause__ = KeyError(2)
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.add_note(3)
except TypeError as x:
    print(x)
try:
    try:
        raise KeyError("a")
    finally:
        print("fin")
except KeyError as e:
    print(e.__context__)
def g():
    try:
        raise ValueError("inner")
    except ValueError:
        raise
try:
    g()
except ValueError as e:
    print(e.__context__)
try:
    try:
        raise TypeError("t")
    except TypeError:
        raise FetchError("fe")
except FetchError as e:
    e.add_note("n1")
    print(repr(e.__context__), e.__notes__)
)PY",
        R"PY(ConnectionError('socket closed') True ['url: /index.html'] ConnectionError('socket closed')
KeyError('x') None False
from None -> cause None suppress True
ZeroDivisionError
KeyError(2) True
note must be a str, not 'int'
fin
None
None
TypeError('t') ['n1']
)PY",
        false);
}

TEST_CASE("except*: split per clause, unmatched rest re-raised, naked exceptions, raising in a clause") {
    check_script(R"PY(try:
    ExceptionGroup
except NameError:
    class ExceptionGroup(Exception):
        def __init__(self, message, exceptions):
            super().__init__(message, exceptions)
            self.message = message
            self.exceptions = tuple(exceptions)

        def __str__(self):
            n = len(self.exceptions)
            return "%s (%d sub-exception%s)" % (self.message, n, "s" if n > 1 else "")

        def derive(self, excs):
            return ExceptionGroup(self.message, excs)

        def split(self, cond):
            if isinstance(cond, (type, tuple)):
                pred = lambda e: isinstance(e, cond)
            else:
                pred = cond
            if pred(self):
                return self, None
            match, rest = [], []
            for e in self.exceptions:
                if isinstance(e, ExceptionGroup):
                    m, r = e.split(pred)
                    if m is not None:
                        match.append(m)
                    if r is not None:
                        rest.append(r)
                elif pred(e):
                    match.append(e)
                else:
                    rest.append(e)
            return (self.derive(match) if match else None, self.derive(rest) if rest else None)
    BaseExceptionGroup = ExceptionGroup


def names(eg):
    return sorted(type(e).__name__ + ":" + str(e) for e in eg.exceptions)


try:
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t"), ValueError("v2")])
except* ValueError as eg:
    print("ValueErrors:", names(eg))
except* TypeError as eg:
    print("TypeErrors:", names(eg))

try:
    try:
        raise ExceptionGroup("two", [ValueError("handled"), KeyError("unhandled")])
    except* ValueError as eg:
        print("handled inner:", names(eg))
except ExceptionGroup as rest:
    print("propagated:", type(rest).__name__, rest.message, names(rest))

try:
    raise ValueError("plain")
except* ValueError as eg:
    print("naked exception wrapped:", type(eg).__name__, [str(e) for e in eg.exceptions])

try:
    try:
        raise KeyError("naked unhandled")
    except* ValueError:
        print("not reached")
except KeyError as e:
    print("naked re-raised as itself:", repr(e))

try:
    try:
        raise ExceptionGroup("g", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise RuntimeError("new in clause")
except ExceptionGroup as eg:
    print("combined:", names(eg))

try:
    try:
        raise ExceptionGroup("g", [ValueError("a")])
    except* ValueError:
        raise RuntimeError("only new")
except RuntimeError as e:
    print("single new raised alone:", repr(e))

try:
    try:
        raise ExceptionGroup("g", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise
except ExceptionGroup as eg:
    print("bare raise keeps:", names(eg))

try:
    raise ExceptionGroup("g", [ValueError("a")])
except* (TypeError, ValueError) as eg:
    print("tuple:", names(eg))
else:
    print("no")

try:
    pass
except* ValueError:
    print("no")
else:
    print("else runs")
finally:
    print("finally runs")

try:
    try:
        raise ValueError("x")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)

def f():
    for i in range(3):
        try:
            raise ExceptionGroup("loop", [ValueError(i)])
        except* ValueError as eg:
            print("loop", i, names(eg))
    return "done"
print(f())
)PY",
                 R"PY(ValueErrors: ['ValueError:v1', 'ValueError:v2']
TypeErrors: ['TypeError:t']
handled inner: ['ValueError:handled']
propagated: ExceptionGroup two ["KeyError:'unhandled'"]
naked exception wrapped: ExceptionGroup ['plain']
naked re-raised as itself: KeyError('naked unhandled')
combined: ['ExceptionGroup:g (1 sub-exception)', 'RuntimeError:new in clause']
single new raised alone: RuntimeError('only new')
bare raise keeps: ['TypeError:b', 'ValueError:a']
tuple: ['ValueError:a']
else runs
finally runs
TypeError: catching ExceptionGroup with except* is not allowed. Use except instead.
loop 0 ['ValueError:0']
loop 1 ['ValueError:1']
loop 2 ['ValueError:2']
done
)PY",
                 false);
}

TEST_CASE(
    "contextlib: contextmanager, asynccontextmanager, suppress, ExitStack, AsyncExitStack, nullcontext") {
    check_script(R"PY(import asyncio
import contextlib


@contextlib.contextmanager
def managed(name):
    print("enter", name)
    try:
        yield name.upper()
    except ValueError as e:
        print(name, "swallows", repr(e))
    finally:
        print("exit", name)


@contextlib.asynccontextmanager
async def resource(name):
    await asyncio.sleep(0.1)
    print("acquire", name)
    try:
        yield name
    finally:
        await asyncio.sleep(0.1)
        print("release", name)


@contextlib.asynccontextmanager
async def no_yield():
    return
    yield


async def main():
    loop = asyncio.get_running_loop()
    with managed("a") as v:
        print("using", v)
    with managed("b"):
        raise ValueError("inside b")
    try:
        with managed("c"):
            raise KeyError("c")
    except KeyError as e:
        print("propagated", repr(e))
    with contextlib.suppress(ZeroDivisionError):
        1 / 0
    print("suppressed")
    with contextlib.ExitStack() as stack:
        stack.callback(print, "callback", 1)
        print(stack.enter_context(managed("d")))
    async with contextlib.AsyncExitStack() as stack:
        names = [await stack.enter_async_context(resource(n)) for n in "xy"]
        stack.push_async_callback(asyncio.sleep, 0)
        print("holding", names)
    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with contextlib.nullcontext(5) as five:
        print(five, f"{loop.time():.1f}")


asyncio.run(main())
)PY",
                 R"PY(enter a
using A
exit a
enter b
b swallows ValueError('inside b')
exit b
enter c
exit c
propagated KeyError('c')
suppressed
enter d
D
exit d
callback 1
acquire x
acquire y
holding ['x', 'y']
release y
release x
RuntimeError: generator didn't yield
5 0.4
)PY",
                 true);
}

TEST_CASE(
    "functools (wraps, partial, reduce, lru_cache) and typing (names importable, annotations ignored)") {
    check_script(R"PY(import functools
from typing import Optional, List, Dict, Any, Callable, Awaitable, TypeVar, Generic
import asyncio
T = TypeVar("T")

def timed(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        r = await fn(*args, **kwargs)
        print("called", fn.__name__)
        return r
    return wrapper

@timed
async def work(x: int, y: Optional[int] = None) -> List[int]:
    await asyncio.sleep(0.1)
    return [x, y]

class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v

async def main():
    print(await work(1, y=2))
    p = functools.partial(work, 5)
    print(await p(6))
    print(functools.reduce(lambda a, b: a + b, [1, 2, 3], 10))
    @functools.lru_cache(maxsize=None)
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    print(fib(30))
    print(Box(3).v)
    d: Dict[str, Any] = {"a": 1}
    print(d)

asyncio.run(main())
)PY",
                 R"PY(called work
[1, 2]
called work
[5, 6]
16
832040
3
{'a': 1}
)PY",
                 true);
}

TEST_CASE("sys.stdout / sys.stderr: print(file=), write, writelines, flush go to the run's streams") {
    auto c = run_py(R"PY(import sys
print("out 1")
print("err 1", file=sys.stderr)
print(sys.stdout.write("out 2\n"))
sys.stderr.write("err 2\n")
sys.stdout.flush()
print("a", "b", sep="-", end="!\n", file=sys.stdout)
sys.stdout.writelines(["x\n", "y\n"])
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
)PY");
    CHECK(c.result.ok);
    CHECK(c.out == R"PY(out 1
out 2
6
a-b!
x
y
TypeError: write() argument must be str, not int
)PY");
    CHECK(c.err == R"PY(err 1
err 2
)PY");
}

TEST_CASE("uncaught chained exceptions print the chain as CPython (cause, context, notes)") {
    auto c = run_py(R"PY(class FetchError(Exception):
    pass


def low():
    raise ConnectionError("socket closed")


def fetch():
    try:
        low()
    except ConnectionError as e:
        err = FetchError("could not fetch page")
        err.add_note("url: /index.html")
        raise err from e


def parse():
    try:
        fetch()
    except FetchError:
        raise KeyError("no title")


parse()
)PY");
    CHECK_FALSE(c.result.ok);
    CHECK(c.result.error_type == "KeyError");
    CHECK(c.result.traceback == R"PY(Traceback (most recent call last):
  File "script.py", line 11, in fetch
    low()
  File "script.py", line 6, in low
    raise ConnectionError("socket closed")
ConnectionError: socket closed

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "script.py", line 20, in parse
    fetch()
  File "script.py", line 15, in fetch
    raise err from e
FetchError: could not fetch page
url: /index.html

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "script.py", line 25, in <module>
    parse()
  File "script.py", line 22, in parse
    raise KeyError("no title")
KeyError: 'no title'
)PY");
}

TEST_CASE("syntax errors with CPython's messages") {
    struct Case {
        const char* source;
        const char* message;
    };
    const Case cases[] = {
        {"async def f():\n    yield from g()\n", "'yield from' inside async function"},
        {"def f():\n    return [x async for x in y]\n",
         "asynchronous comprehension outside of an asynchronous function"},
        {"try:\n    pass\nexcept* ValueError:\n    pass\nexcept KeyError:\n    pass\n",
         "cannot have both 'except' and 'except*' on the same 'try'"},
        {"try:\n    pass\nexcept ValueError:\n    pass\nexcept* KeyError:\n    pass\n",
         "cannot have both 'except' and 'except*' on the same 'try'"},
    };
    for (const Case& k : cases) {
        auto c = run_py(k.source);
        INFO(k.source);
        CHECK_FALSE(c.result.ok);
        CHECK(c.result.error_type == "SyntaxError");
        CHECK(c.result.message == k.message);
    }
}

TEST_CASE("syntax errors point where CPython 3.11 points, with its words (patch 0062)") {
    // each traceback is CPython's own stderr for the source saved as script.py
    struct Case {
        const char* source;
        const char* traceback;
    };
    const Case cases[] = {
        {"import asyncio\n\nasync def main():\n    print('hi',\n          1\n\nasyncio.run(main())\n",
         "  File \"script.py\", line 4\n    print('hi',\n         ^\nSyntaxError: '(' was never closed\n"},
        {"x = 1\nif x > 1\n    print(x)\n",
         "  File \"script.py\", line 2\n    if x > 1\n            ^\nSyntaxError: expected ':'\n"},
        {"def f():\nreturn 1\n",
         "  File \"script.py\", line 2\n    return 1\n    ^\nIndentationError: expected an indented block "
         "after function definition on line 1\n"},
        {"x = 1\nprint(x y)\n",
         "  File \"script.py\", line 2\n    print(x y)\n          ^^^\nSyntaxError: invalid syntax. Perhaps "
         "you forgot a comma?\n"},
        {"print(\"abc)\n",
         "  File \"script.py\", line 1\n    print(\"abc)\n          ^\nSyntaxError: unterminated string "
         "literal (detected at line 1)\n"},
        {"s = '''abc\nxyz\n",
         "  File \"script.py\", line 1\n    s = '''abc\n        ^\nSyntaxError: unterminated triple-quoted "
         "string literal (detected at line 2)\n"},
        {"import asyncio\nasync def main()\n    await asyncio.sleep(1)\n",
         "  File \"script.py\", line 2\n    async def main()\n                    ^\nSyntaxError: expected "
         "':'\n"},
        {"data = {\n  'a': 1,\n  'b': [1, 2,\n}\n",
         "  File \"script.py\", line 4\n    }\n    ^\nSyntaxError: closing parenthesis '}' does not match "
         "opening parenthesis '[' on line 3\n"},
        {"x = (1, 2]\n",
         "  File \"script.py\", line 1\n    x = (1, 2]\n             ^\nSyntaxError: closing parenthesis ']' "
         "does not match opening parenthesis '('\n"},
        {"x = 1)\n", "  File \"script.py\", line 1\n    x = 1)\n         ^\nSyntaxError: unmatched ')'\n"},
        {"for i in range(3):\nprint(i)\n",
         "  File \"script.py\", line 2\n    print(i)\n    ^\nIndentationError: expected an indented block "
         "after 'for' statement on line 1\n"},
        {"class A:\n    def m(self):\n    pass\n",
         "  File \"script.py\", line 3\n    pass\n    ^\nIndentationError: expected an indented block after "
         "function definition on line 2\n"},
        {"x = 1\ny = (2 +\n    3 3)\n",
         "  File \"script.py\", line 2\n    y = (2 +\n         ^^^\nSyntaxError: invalid syntax. Perhaps you "
         "forgot a comma?\n"},
    };
    for (const Case& k : cases) {
        auto c = run_py(k.source);
        INFO(k.source);
        CHECK_FALSE(c.result.ok);
        CHECK(c.result.traceback == k.traceback);
    }
}

TEST_CASE("match statement errors name the case's line (patch 0130)") {
    // CPython's stderr for each source saved as script.py, less the caret line of a compile-time
    // error (the compiler's errors carry no column) and of a run-time one (no position lines)
    struct Case {
        const char* source;
        const char* traceback;
    };
    const Case cases[] = {
        {"x = 1\nmatch x:\n    case [a, b]:\n        pass\n    case a:\n        pass\n    case 1:\n        "
         "pass\n",
         "  File \"script.py\", line 5\n    case a:\nSyntaxError: name capture 'a' makes remaining patterns "
         "unreachable\n"},
        {"match = {}\nmatch match:\n    case {'k': 1, 'k': 2}:\n        pass\n",
         "  File \"script.py\", line 3\n    case {'k': 1, 'k': 2}:\nSyntaxError: mapping pattern checks "
         "duplicate key ('k')\n"},
        {"x = 1\nmatch x:\n    case 1:\n    pass\n",
         "  File \"script.py\", line 4\n    pass\n    ^\nIndentationError: expected an indented block after "
         "'case' statement on line 3\n"},
        {"x = 1\nmatch x:\ncase 1:\n    pass\n",
         "  File \"script.py\", line 3\n    case 1:\n    ^\nIndentationError: expected an indented block "
         "after "
         "'match' statement on line 2\n"},
        {"class P:\n    pass\n\nmatch P():\n    case P(1):\n        pass\n",
         "Traceback (most recent call last):\n  File \"script.py\", line 5, in <module>\n    case P(1):\n"
         "TypeError: P() accepts 0 positional sub-patterns (1 given)\n"},
    };
    for (const Case& k : cases) {
        auto c = run_py(k.source);
        INFO(k.source);
        CHECK_FALSE(c.result.ok);
        CHECK(c.result.traceback == k.traceback);
    }
}

TEST_CASE("NameError and AttributeError tracebacks offer CPython 3.11's \"Did you mean\" (patch 0064)") {
    // CPython's stderr for each source saved as script.py (its ^^^ position lines are not printed here);
    // str(e) has no suggestion, as in CPython
    struct Case {
        const char* source;
        const char* out;
        const char* traceback;
    };
    const Case cases[] = {
        {"prnt(\"x\")\n", "",
         "Traceback (most recent call last):\n  File \"script.py\", line 1, in <module>\n    "
         "prnt(\"x\")\nNameError: name 'prnt' is not defined. Did you mean: 'print'?\n"},
        {"class Foo:\n    def __init__(self):\n        self.value = 1\n\nFoo().valeu\n", "",
         "Traceback (most recent call last):\n  File \"script.py\", line 5, in <module>\n    "
         "Foo().valeu\nAttributeError: 'Foo' object has no attribute 'valeu'. Did you mean: 'value'?\n"},
        {"import math\nmath.sqr(2)\n", "",
         "Traceback (most recent call last):\n  File \"script.py\", line 2, in <module>\n    "
         "math.sqr(2)\nAttributeError: module 'math' has no attribute 'sqr'. Did you mean: 'sqrt'?\n"},
        {"counter = 0\ndef f():\n    return countr + 1\nf()\n", "",
         "Traceback (most recent call last):\n  File \"script.py\", line 4, in <module>\n    f()\n  File "
         "\"script.py\", line 3, in f\n    return countr + 1\nNameError: name 'countr' is not defined. Did "
         "you mean: 'counter'?\n"},
        {"x = [1]\nx.apend(2)\n", "",
         "Traceback (most recent call last):\n  File \"script.py\", line 2, in <module>\n    "
         "x.apend(2)\nAttributeError: 'list' object has no attribute 'apend'. Did you mean: 'append'?\n"},
        {"zzzzzz\n", "",
         "Traceback (most recent call last):\n  File \"script.py\", line 1, in <module>\n    "
         "zzzzzz\nNameError: name 'zzzzzz' is not defined\n"},
        {"class A:\n    pass\nA.foo\n", "",
         "Traceback (most recent call last):\n  File \"script.py\", line 3, in <module>\n    "
         "A.foo\nAttributeError: type object 'A' has no attribute 'foo'\n"},
        {"try:\n    undefined_thing\nexcept NameError as e:\n    print(e)\nitems = []\nitem.append(1)\n",
         "name 'undefined_thing' is not defined\n",
         "Traceback (most recent call last):\n  File \"script.py\", line 6, in <module>\n    "
         "item.append(1)\nNameError: name 'item' is not defined. Did you mean: 'items'?\n"},
    };
    for (const Case& k : cases) {
        auto c = run_py(k.source);
        INFO(k.source);
        CHECK(c.out == k.out);
        CHECK(c.result.traceback == k.traceback);
    }
}

TEST_CASE("except* rejects ExceptionGroup types and non-exceptions, as CPython") {
    auto c = run_py(
        "try:\n"
        "    ExceptionGroup\n"
        "except NameError:\n"
        "    class ExceptionGroup(Exception):\n"
        "        pass\n"
        "for t in (ExceptionGroup, int):\n"
        "    try:\n"
        "        try:\n"
        "            raise ValueError('x')\n"
        "        except* t:\n"
        "            pass\n"
        "    except TypeError as e:\n"
        "        print(e)\n");
    CHECK(c.result.ok);
    CHECK(c.out ==
          "catching ExceptionGroup with except* is not allowed. Use except instead.\n"
          "catching classes that do not inherit from BaseException is not allowed\n");
}

TEST_CASE("PEP 448 unpacking in list and tuple displays") {
    check_script(R"PY(a = [1, 2]
b = (3,)
print([*a, *b, 4], [*a], [0, *range(2)])
print((*a, 5), (*b,))
x = *a, *b
print(x)
def gen():
    yield 7
print([*gen(), *"hi"])
try:
    [*5]
except TypeError as e:
    print(e)
print(len([*[None] * 100, *[None] * 100]))
)PY",
                 R"PY([1, 2, 3, 4] [1, 2] [0, 0, 1]
(1, 2, 5) (3,)
(1, 2, 3)
[7, 'h', 'i']
Value after * must be an iterable, not int
200
)PY",
                 false);
}

TEST_CASE("async generator misuse raises CPython's errors") {
    auto c = run_py(
        "import asyncio\n"
        "async def g():\n"
        "    yield 1\n"
        "async def ignores_exit():\n"
        "    while True:\n"
        "        try:\n"
        "            yield 1\n"
        "        except GeneratorExit:\n"
        "            pass\n"
        "async def main():\n"
        "    try:\n"
        "        await g().asend(5)\n"
        "    except TypeError as e:\n"
        "        print(e)\n"
        "    a = ignores_exit()\n"
        "    await anext(a)\n"
        "    try:\n"
        "        await a.aclose()\n"
        "    except RuntimeError as e:\n"
        "        print(e)\n"
        "asyncio.run(main())\n");
    CHECK(c.result.ok);
    CHECK(c.out ==
          "can't send non-None value to a just-started async generator\n"
          "async generator ignored GeneratorExit\n");
}

TEST_CASE("heapq (CPython's sift order), itertools, abc shims") {
    check_script(R"PY(import heapq
import itertools
from abc import ABC, abstractmethod
import random

h = []
for x in [5, 1, 8, 3, 9, 2, 7, (3)]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [(2, "b"), (1, "a"), (2, "a"), (0, "z"), (1, "b")]
heapq.heapify(data)
print(data, heapq.heappushpop(data, (1, "c")), heapq.heapreplace(data, (5, "q")), data)
print(heapq.nsmallest(2, [4, 1, 3]), heapq.nlargest(2, [4, 1, 3]), list(heapq.merge([1, 4], [2, 3])))
random.seed(3)
items = [random.randint(0, 50) for _ in range(30)]
hh = []
for i, v in enumerate(items):
    heapq.heappush(hh, (v % 5, i))
print(hh)
print(list(itertools.islice(itertools.count(10, 2), 4)), list(itertools.islice(itertools.cycle("ab"), 5)))
print(list(itertools.repeat(1, 3)), list(itertools.accumulate([1, 2, 3])), list(itertools.chain([1], (2, 3))))
print(list(itertools.chain.from_iterable(["ab", "c"])), list(itertools.islice(range(10), 2, 8, 3)))
print(list(itertools.product("ab", range(2))), list(itertools.permutations(range(3), 2)))
print(list(itertools.combinations("abcd", 2)), list(itertools.zip_longest([1, 2], "abc", fillvalue="-")))
print([(k, list(g)) for k, g in itertools.groupby("aabbbc")], list(itertools.pairwise([1, 2, 3])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.combinations_with_replacement("ab", 2)))
class Base(ABC):
    @abstractmethod
    def run(self):
        ...
class Impl(Base):
    def run(self):
        return "ran"
print(Impl().run())
)PY",
                 R"PY([3, 7, 5, 8, 9] [1, 2, 3] [3, 7, 5, 8, 9]
[(1, 'b'), (1, 'c'), (2, 'a'), (2, 'b'), (5, 'q')] (0, 'z') (1, 'a') [(1, 'b'), (1, 'c'), (2, 'a'), (2, 'b'), (5, 'q')]
[1, 3] [4, 3] [1, 2, 3, 4]
[(0, 0), (0, 7), (0, 6), (0, 17), (0, 20), (0, 11), (0, 14), (2, 16), (0, 18), (3, 4), (0, 21), (0, 23), (0, 12), (3, 5), (1, 13), (4, 15), (3, 3), (2, 8), (2, 1), (4, 19), (4, 9), (3, 10), (0, 22), (4, 2), (4, 24), (4, 25), (0, 26), (4, 27), (3, 28), (4, 29)]
[10, 12, 14, 16] ['a', 'b', 'a', 'b', 'a']
[1, 1, 1] [1, 3, 6] [1, 2, 3]
['a', 'b', 'c'] [2, 5]
[('a', 0), ('a', 1), ('b', 0), ('b', 1)] [(0, 1), (0, 2), (1, 0), (1, 2), (2, 0), (2, 1)]
[('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')] [(1, 'a'), (2, 'b'), ('-', 'c')]
[('a', ['a', 'a']), ('b', ['b', 'b', 'b']), ('c', ['c'])] [(1, 2), (2, 3)]
[1, 2] [5, 1]
[8, 9] [('a', 'a'), ('a', 'b'), ('b', 'b')]
ran
)PY",
                 false);
}

TEST_CASE("print accepts flush= as CPython") {
    auto c =
        run_py("import sys\nprint('x', flush=True, file=sys.stderr)\nprint('y', end='!\\n', flush=False)\n");
    CHECK(c.result.ok);
    CHECK(c.out == "y!\n");
    CHECK(c.err == "x\n");
}
