# expect: ok
# Sorted and reverse-sorted input sort in linear time (MicroPython's quicksort was quadratic).
import time
t = time.perf_counter()
xs = list(range(300000))
xs.sort()
xs.sort(reverse=True)
assert xs[0] == 299999 and xs[-1] == 0
ys = sorted(xs)
assert ys == list(range(300000))
zs = sorted(range(300000), key=lambda v: -v)
assert zs[0] == 299999
assert time.perf_counter() - t < 10, time.perf_counter() - t
print('ok')
