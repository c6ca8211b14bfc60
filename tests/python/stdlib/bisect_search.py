# bisect: keeping a schedule of deadlines sorted, grading with breakpoints, key= lookups.
import bisect

deadlines = []
for t in [5.0, 1.0, 3.0, 3.0, 9.0]:
    bisect.insort(deadlines, t)
print(deadlines, bisect.bisect_left(deadlines, 3.0), bisect.bisect_right(deadlines, 3.0), bisect.bisect(deadlines, 4))


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in (33, 99, 77, 70, 89, 90, 100)])
events = [("boot", 0), ("connect", 2), ("fetch", 5)]
print(bisect.bisect_left(events, 2, key=lambda e: e[1]), bisect.bisect_right(events, 5, key=lambda e: e[1]))
bisect.insort(events, ("retry", 3), key=lambda e: e[1])
print(events, bisect.bisect_left([1, 2, 3], 2, 2), bisect.bisect_right([1, 2, 3], 9, 0, 2))
bisect.insort_left(deadlines, 3.0)
print(deadlines)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print("ValueError:", e)
