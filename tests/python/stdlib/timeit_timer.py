# timeit: Timer.timeit/repeat/autorange and the module functions on the (virtual) perf_counter clock
import time
import timeit

print(timeit.default_timer is time.perf_counter)
t = timeit.Timer("time.sleep(0.25)", setup="import time")
print(round(t.timeit(number=4), 6))
print([round(x, 6) for x in t.repeat(repeat=3, number=2)])
number, taken = t.autorange()
print(number, round(taken, 6))

calls = []
fast = timeit.Timer("time.sleep(0.03)", "import time")
number, taken = fast.autorange(callback=lambda n, s: calls.append((n, round(s, 6))))
print(number, round(taken, 6), calls)


def work():
    time.sleep(0.05)


print(round(timeit.timeit("work()", globals=globals(), number=2), 6))
print(round(timeit.timeit(work, number=3), 6))
print([round(x, 6) for x in timeit.repeat(work, repeat=2, number=1)])
print(timeit.timeit("x = sum(range(10))", number=1000))
print(round(timeit.timeit(lambda: time.sleep(0.1), setup=lambda: time.sleep(1), number=2), 6))
multi = timeit.Timer("for i in range(3):\n    total += i", setup="total = 0")
print(multi.timeit(number=5))

try:
    timeit.timeit("work()", number=1)
except NameError as e:
    print("NameError:", e)
try:
    timeit.Timer(stmt=5)
except ValueError as e:
    print("ValueError:", e)
print(timeit.default_number, timeit.default_repeat)
