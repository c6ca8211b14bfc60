# sys.getrecursionlimit / setrecursionlimit as programs use them before deep recursion: CPython's
# default, the value set, and the errors for bad limits. Recursion past the C stack is a
# RecursionError, caught like CPython's.
import sys

print(sys.getrecursionlimit())
sys.setrecursionlimit(10**4)
print(sys.getrecursionlimit())
for bad in (0, -5, 1.5, "100", 2**40):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
