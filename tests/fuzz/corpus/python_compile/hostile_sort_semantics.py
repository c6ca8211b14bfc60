# expect: ok
# Stable (also with reverse=True), key called once per item, any order of input.
import random
random.seed(7)
data = [(random.randint(0, 9), i) for i in range(3000)]
a = sorted(data, key=lambda t: t[0])
assert all(a[i][0] < a[i + 1][0] or (a[i][0] == a[i + 1][0] and a[i][1] < a[i + 1][1]) for i in range(len(a) - 1))
b = sorted(data, key=lambda t: t[0], reverse=True)
assert all(b[i][0] > b[i + 1][0] or (b[i][0] == b[i + 1][0] and b[i][1] < b[i + 1][1]) for i in range(len(b) - 1))
calls = []
sorted(range(500), key=lambda v: calls.append(v) or v)
assert len(calls) == 500
for n in (0, 1, 2, 15, 16, 17, 100, 1000, 4097):
    xs = [random.random() for _ in range(n)]
    ys = sorted(xs)
    assert all(ys[i] <= ys[i + 1] for i in range(n - 1)) and len(ys) == n
    xs.sort(reverse=True)
    assert xs == ys[::-1]
# saw-tooth: many short runs to merge
st = [i % 17 for i in range(10000)]
assert sorted(st) == [v for v in range(17) for _ in range(sum(1 for i in range(10000) if i % 17 == v))]
print('ok')
