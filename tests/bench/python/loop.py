# A pure-Python loop in the main program (`for i in range(N): pass` at module level, as a new user
# writes it); prints nanoseconds per iteration (wall clock).
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000

start = time.perf_counter()
for i in range(N):
    pass
elapsed = time.perf_counter() - start
print(f"{elapsed / N * 1e9:.1f}")
