# heapq.merge: lazy, and CPython's order also for equal keys and unsorted inputs.
import heapq

print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge(["b", "a"], ["c"], key=str.lower)))
print(list(heapq.merge([5, 1], [4, 2], [3])), list(heapq.merge([9, 7, 1], [8, 2], reverse=True)))
pairs = list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], [(1, "c")], key=lambda p: p[0]))
print(pairs)
print(list(heapq.merge("bca", "ab", key=None, reverse=True)))


def counting(name, items):
    for item in items:
        print("read", name, item)
        yield item


merged = heapq.merge(counting("x", [1, 3]), counting("y", [2]))
print(type(merged).__name__, next(merged))
print(list(merged))
