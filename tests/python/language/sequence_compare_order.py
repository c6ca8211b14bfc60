# Sequences compare their first differing items as `a[i] < b[i]` for `a < b` (CPython's order), so
# errors name the operator and operands as written and a class's own method is the one called.
for f in [lambda: sorted([(1, None), (1, 2)]), lambda: (1, {"a": 1}) < (1, {"b": 2}),
          lambda: [1, "x"] <= [1, 2], lambda: (0, None) > (0, 1), lambda: [None] >= [0]]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)


class Loud:
    def __init__(self, name):
        self.name = name

    def __lt__(self, other):
        print("  %s.__lt__(%s)" % (self.name, other.name))
        return True

    def __gt__(self, other):
        print("  %s.__gt__(%s)" % (self.name, other.name))
        return False


a, b = Loud("a"), Loud("b")
print((0, a) < (0, b))
print([a] > [b])
print((1, 2) < (1, 2, 3), (1, 2) <= (1, 2), (1, 2, 3) > (1, 2), [1] >= [1, 0], [] < [], (1,) == (1,))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "y")]))
print(min([(3, 1), (1, 5), (1, 2)]), max([[1, 2], [1, 3], [0, 9]]))
