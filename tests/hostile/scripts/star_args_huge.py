# expect: ok
# f(*range(10**6)) to a Python function, a builtin and a bound method: no RecursionError.
def count(*args):
    return len(args)


class Box:
    def count(self, *args):
        return len(args)


n = 10**6
assert count(*range(n)) == n
assert max(*range(n)) == n - 1
assert Box().count(*range(n)) == n
assert len(tuple(zip(*[range(3)] * 100000))) == 3
print("ok")
