# Code that never runs still counts: a yield in it makes a generator function (CPython's symbol
# table sees it), and its mistakes are SyntaxErrors.
import inspect


def g1():
    if False: yield


def g2():
    while 0: yield


def g3():
    return; yield


def g4():
    if 0:
        yield 1
    return 5


def g5():
    if not True:
        x = yield


def g6():
    if True:
        return 7
    else:
        yield


def g7(n):
    if n:
        pass
    elif False:
        yield
    elif True:
        return
    else:
        yield 2


def g8():
    while False:
        if x:
            continue
        yield
    else:
        return 3


def plain():
    if False:
        def inner():
            yield
    return 1


async def a1():
    if False: yield


async def a2():
    if False:
        await a1()


for f in (g1, g2, g3, g4, g5, g6, g7, g8, plain, a1, a2):
    print(f.__name__, inspect.isgeneratorfunction(f), inspect.isasyncgenfunction(f),
          inspect.iscoroutinefunction(f))
print(list(g1()), list(g2()), list(g3()), list(g5()), list(g7(1)), list(g8()))
for g in (g4(), g6(), g8()):
    try:
        next(g)
    except StopIteration as e:
        print("stop", e.value)
print(plain())

for src in ("while 0:\n    return 1\n", "def f():\n    if False:\n        await x\n", "if 0:\n    yield\n", "while False:\n    continue\n"):
    try:
        compile(src, "x.py", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
