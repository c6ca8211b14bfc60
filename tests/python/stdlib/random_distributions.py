# random's distributions draw for draw as CPython's, from the module and from Random objects
import random


def show(*values):
    # (12 digits: the last ones come from the platform's libm, as in CPython)
    print(*[round(v, 12) if isinstance(v, float) else v for v in values])


random.seed(2024)
show(random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.vonmisesvariate(0, 0))
show(random.gammavariate(0.5, 2), random.gammavariate(1.0, 3), random.gammavariate(4.5, 1))
show(random.betavariate(2, 3), random.betavariate(0.5, 0.5), random.paretovariate(3), random.weibullvariate(1, 2))
show(random.gauss(0, 1), random.normalvariate(5, 2), random.expovariate(1.5), random.triangular(0, 10, 3))
r = random.Random(7)
show(*[r.gammavariate(2, 1) for _ in range(3)], r.betavariate(alpha=1, beta=1), r.random())
for bad in ((0, 1), (1, -1)):
    try:
        random.gammavariate(*bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    random.betavariate(1)
except TypeError as e:
    print("TypeError")
