# Exceptions across Python-to-Python calls: raised at one depth, caught at another, with the
# caller's locals, finally blocks, tracebacks and the frame stack intact afterwards.
import sys
import traceback


def leaf(n, fail_at):
    if n == fail_at:
        raise ValueError(f"failed at {n}")
    return n


def middle(n, fail_at):
    total = 0
    for i in range(n):
        total += leaf(i, fail_at)
    return total


def outer(n, fail_at):
    before = n * 10
    try:
        result = middle(n, fail_at)
    except ValueError as e:
        return f"caught {e} with before={before}"
    return f"result {result} with before={before}"


print(outer(5, 99))
print(outer(5, 3))


def recurse(depth, limit):
    marker = depth * 2
    try:
        if depth == limit:
            raise KeyError(depth)
        return recurse(depth + 1, limit) + marker
    finally:
        trail.append(depth)


trail = []
try:
    recurse(0, 6)
except KeyError as e:
    print("KeyError", e, "finally order", trail)


def catch_in_middle(depth):
    if depth == 0:
        raise IndexError("bottom")
    local = depth
    try:
        return catch_in_middle(depth - 1)
    except IndexError:
        if local == 3:
            return f"handled at depth {local}"
        raise


print(catch_in_middle(6))

# Many raises from deep frames: the Python stack must come back to the same level each time.
def deep(n):
    if n == 0:
        raise RuntimeError("deep")
    return deep(n - 1)


caught = 0
for _ in range(3000):
    try:
        deep(40)
    except RuntimeError:
        caught += 1
print("caught", caught)


def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)


try:
    count_down(10 ** 6)
except RecursionError:
    print("RecursionError caught")
print("after recursion", count_down(200))


def raiser():
    raise TypeError("in raiser")


def caller_a():
    x = "a-local"
    try:
        raiser()
    except TypeError:
        return x + " survives"


def caller_b():
    y = [1, 2, 3]
    s = caller_a()
    y.append(s)
    return y


print(caller_b())


def gen(n):
    for i in range(n):
        if i == 2:
            leaf(i, 2)
        yield i


try:
    print(list(gen(5)))
except ValueError as e:
    print("from generator:", e)


def with_traceback():
    try:
        outer_tb()
    except ZeroDivisionError:
        tb = traceback.extract_tb(sys.exc_info()[2])
        print([frame.name for frame in tb])


def outer_tb():
    return inner_tb(1)


def inner_tb(x):
    return x / 0


with_traceback()


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


def use_resources(fail):
    with Resource("outer"):
        with Resource("inner"):
            return leaf(1, fail)


print(use_resources(0))
try:
    use_resources(1)
except ValueError as e:
    print("with:", e)
