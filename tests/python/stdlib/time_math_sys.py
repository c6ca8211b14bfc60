# time's calendar functions on the run's clock, math's integer and summation functions, sys's version.
import asyncio
import io
import math
import sys
import time

print(sys.version_info >= (3, 8), sys.version_info < (3, 12), sys.version_info[:2], sys.version_info.major,
      sys.version_info.minor, sys.platform, sys.version.startswith("3.11"))
major, minor, *rest = sys.version_info
print(major, minor, len(sys.version_info), sys.version_info.releaselevel)

epoch = time.gmtime(0)
print(epoch)
print(epoch.tm_year, epoch.tm_wday, epoch.tm_yday, epoch[:3], tuple(epoch)[3:6], len(epoch))
moment = time.gmtime(1700000000)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", moment), time.asctime(moment), time.mktime(moment))
print(time.strftime("%A %d %B %Y, %I:%M %p", time.localtime(951782400)), time.ctime(86400 * 366))
start = time.time_ns()
start_mono = time.monotonic_ns()
asyncio.run(asyncio.sleep(1.5))
print(time.time_ns() - start, time.monotonic_ns() - start_mono, time.perf_counter_ns() >= 0)
for bad in (lambda: time.gmtime("x"), lambda: time.strftime(5), lambda: time.mktime((1, 2))):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(), math.gcd(-4, 6, 10), math.lcm(4, 6), math.lcm(3, 0), math.lcm())
print(math.isqrt(0), math.isqrt(99), math.isqrt(10 ** 20), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]))
print(math.fsum([0.1] * 10), math.fsum([0.25] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]))
print(math.comb(10, 3), math.comb(3, 5), math.perm(5, 2), math.perm(4), math.factorial(10))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 15]), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.isclose(0.1 + 0.2, 0.3), math.tau, math.inf, -math.inf, math.isnan(math.nan), math.cbrt(-8.0))
for bad in (lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.gcd(1.5, 2), lambda: math.dist((1,), (1, 2))):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

buffer = io.StringIO()
print("to", "a", "StringIO", sep="-", end="!\n", file=buffer)
buffer.write("second\n")
print(repr(buffer.getvalue()), buffer.tell(), buffer.seek(0), buffer.readline(), buffer.readlines())
data = io.BytesIO(b"one\ntwo\n")
print(data.readline(), data.read(), data.getvalue(), data.seek(0, 2), data.write(b"3"), data.getvalue())
text = io.TextIOWrapper(io.BytesIO("grüße\nzwei\n".encode()), encoding="utf-8")
print(text.readline(), text.read().strip(), text.encoding)
for bad in (lambda: io.StringIO().write(1), lambda: io.BytesIO().write("s"), lambda: io.StringIO().seek(1, 1)):
    try:
        bad()
    except (TypeError, OSError) as e:
        print(type(e).__name__ + ":", e)
closed = io.StringIO("x")
closed.close()
try:
    closed.read()
except ValueError as e:
    print("ValueError:", e, closed.closed)
print(issubclass(io.UnsupportedOperation, OSError), print(file=None))
print(time.get_clock_info("monotonic"), time.get_clock_info("time").adjustable)
