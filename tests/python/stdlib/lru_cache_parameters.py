# functools.lru_cache: cache_parameters(), a negative maxsize caches nothing, a bad maxsize type.
import functools


@functools.lru_cache(maxsize=2, typed=True)
def square(n):
    return n * n


@functools.lru_cache(maxsize=-5)
def nothing(n):
    return n


print(square.cache_parameters(), nothing.cache_parameters(), functools.cache(len).cache_parameters())
for n in [1, 2, 1, 3, 1]:
    square(n)
print(square.cache_info())
nothing(1)
nothing(1)
print(nothing.cache_info())
try:
    functools.lru_cache("big")
except TypeError as e:
    print("TypeError:", e)
