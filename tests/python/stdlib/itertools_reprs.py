import itertools

r = itertools.repeat("z", 2)
print(r, repr(itertools.repeat(3)), itertools.repeat([1], 0), itertools.repeat(1, -4))
print(next(r), r, list(r), r)
print(list(itertools.repeat(7, 3)), list(zip("abc", itertools.repeat(0))), list(map(pow, range(4), itertools.repeat(2))))
print(itertools.repeat(1, 3).__length_hint__())
try:
    itertools.repeat(1, 2.0)
except TypeError as e:
    print("TypeError:", e)
c = itertools.count(5)
print(c, next(c), c, itertools.count(), itertools.count(1.5, 0.5), itertools.count(2, 3))
s = itertools.islice(range(10), 2, 8, 2)
print(type(s).__name__, next(s), list(s), list(itertools.islice("abcdef", 3)))
print(type(itertools.repeat(1)).__name__, type(itertools.count()).__name__)
