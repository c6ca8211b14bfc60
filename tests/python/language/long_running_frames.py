# Long computations inside nested calls, generators, handlers and with-blocks give the same results
# as short ones: the VM leaves and re-enters its frame-running function every ~65k branches (so a
# wasm engine can swap in optimised code, patches/0239), and nothing of a frame may be lost there:
# the operand stack, the block stack (try/finally, with, except), sys.exc_info(), the frames of
# Python-to-Python calls, a generator's state.
import sys


class Tracker:
    def __init__(self):
        self.log = []

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, *exc):
        self.log.append(("exit", exc[0].__name__ if exc[0] else None))
        return False


def count_down(n):
    total = 0
    while n:
        total += n & 7
        n -= 1
    return total


def nested(depth, n):
    if depth == 0:
        return count_down(n)
    return nested(depth - 1, n) + depth


def numbers(n):
    for i in range(n):
        if i % 50_000 == 0:
            yield i
    yield -1


def while_handling(n):
    try:
        raise KeyError("outer")
    except KeyError:
        busy = count_down(n)
        # still handling KeyError after the long loop
        return busy, sys.exc_info()[0].__name__


def finally_after(n):
    steps = []
    try:
        steps.append(count_down(n))
        raise ValueError("late")
    except ValueError as e:
        steps.append(str(e))
    finally:
        steps.append("finally")
    return steps


t = Tracker()
with t:
    r1 = nested(20, 400_000)
print("nested:", r1, t.log)
print("generator:", list(numbers(300_000)))
print("handling:", while_handling(300_000))
print("finally:", finally_after(300_000))
stack_values = [count_down(100_000) + count_down(100_000) for _ in range(3)]
print("operand stack:", stack_values)
try:
    with Tracker() as t2:
        count_down(200_000)
        raise RuntimeError("inside with")
except RuntimeError as e:
    print("with + raise:", e, t2.log)


def recurse(n):
    return 0 if n == 0 else 1 + recurse(n - 1)


print("deep:", sum(recurse(500) for _ in range(200)))
