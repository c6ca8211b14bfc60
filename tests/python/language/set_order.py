# Sets of ints iterate and print in CPython 3.11's order: its table sizes, probing and growth, and
# the way each set operation builds its result. A seeded generator drives adds, discards and the
# operators; every state is printed, so any divergence shows.
print({1, 2, 3}, {3, 1, 2}, {5, 10, 1}, {100, 8, 16, 3}, set(range(20, 0, -3)), {-1, -5, 2, -2})
print(set([7, 3, 9, 1, 12, 40, 33]), frozenset({4, 2}), {True, 0, 2}, set("aaa"), set())
s = {10, 20, 3, 4, 5}
print(s, s.copy(), set(s), frozenset(s), sorted(s) == sorted(s.copy()))
s.discard(20)
s.add(36)
print(s, s.pop(), s)

state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n


sets = [set(), {1, 2}, set(range(10)), {-3, 8, 64}]
for step in range(400):
    a = sets[rand(len(sets))]
    b = sets[rand(len(sets))]
    op = rand(12)
    if op < 4:
        a.add(rand(60) - 20)
    elif op == 4 and a:
        a.discard(sorted(a)[rand(len(a))])
    elif op == 5:
        sets[rand(len(sets))] = a | b
    elif op == 6:
        sets[rand(len(sets))] = a & b
    elif op == 7:
        sets[rand(len(sets))] = a - b
    elif op == 8:
        sets[rand(len(sets))] = a ^ b
    elif op == 9:
        a |= {rand(200) for _ in range(rand(6))}
    elif op == 10:
        a -= set(list(a)[: rand(4)])
    else:
        a.update([rand(40) for _ in range(rand(5))], {rand(9): 0})
    if step % 20 == 0:
        print(step, sets)
print(sets)
print({1, 2, 3}.union([9, 8]), {1, 2, 3}.intersection([3, 2, 7]), {1, 2, 3, 4}.difference([2], {4}))
print({1, 2, 3} ^ {3, 4, 36}, {1, 2}.symmetric_difference([2, 9, 9, 41]), set({3: 1, 1: 2, 36: 3}))
