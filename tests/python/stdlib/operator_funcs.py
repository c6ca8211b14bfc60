# operator: sorting records of finished tasks with itemgetter/attrgetter, reducing with add/mul.
import operator
from functools import reduce
from operator import itemgetter, attrgetter, methodcaller

results = [("fetch", 3, 0.5), ("parse", 1, 0.25), ("store", 2, 1.0)]
print(sorted(results, key=itemgetter(1)), max(results, key=itemgetter(2)))
print(list(map(itemgetter(0, 2), results)), itemgetter(1), itemgetter(0, 2))


class Job:
    def __init__(self, name, owner):
        self.name = name
        self.owner = owner

    def label(self, prefix=""):
        return prefix + self.name


class Owner:
    def __init__(self, name):
        self.name = name


jobs = [Job("b", Owner("zed")), Job("a", Owner("amy"))]
print([j.name for j in sorted(jobs, key=attrgetter("name"))], attrgetter("owner.name")(jobs[0]))
print(attrgetter("name", "owner.name")(jobs[1]), attrgetter("owner.name"), attrgetter("a", "b"))
print(methodcaller("label", prefix="job-")(jobs[0]), methodcaller("label", "x"),
      methodcaller("upper")("abc"))
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6)), operator.neg(5))
print(operator.lt(1, 2), operator.eq("a", "a"), operator.not_(0), operator.truth([]), operator.is_(None, None))
print(operator.contains([1, 2], 2), operator.getitem({"k": 9}, "k"), operator.concat([1], [2]),
      operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.index(7))
d = {}
operator.setitem(d, "x", 1)
print(d, operator.and_(6, 3), operator.or_(4, 1), operator.xor(5, 1), operator.floordiv(7, 2),
      operator.truediv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.lshift(1, 4))
lst = [1]
print(operator.iadd(lst, [2]), lst, operator.iadd(1, 2), operator.length_hint([1, 2, 3]))
try:
    operator.indexOf([1], 5)
except ValueError as e:
    print("ValueError:", e)
