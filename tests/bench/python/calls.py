# Python-to-Python calls in a loop inside a function (locals, one small function called per
# iteration); prints nanoseconds per iteration (wall clock). 100k calls: enough to time, and short
# enough for builds whose cost per call grows with the calls made (Emscripten 3.1.6's JavaScript
# setjmp: about 40 s for 100k calls).
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000


def add_one(x):
    return x + 1


def run(n):
    x = 0
    for _ in range(n):
        x = add_one(x)
    return x


start = time.perf_counter()
assert run(N) == N
elapsed = time.perf_counter() - start
print(f"{elapsed / N * 1e9:.1f}")
