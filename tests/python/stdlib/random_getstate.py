# random.getstate()/setstate() as CPython's: (3, 624 words and the position, gauss's cached value),
# replaying the same draws; a Random object's state moves to the module and back.
import random

random.seed(12345)
state = random.getstate()
print(state[0], len(state[1]), state[1][-1], state[1][:3], state[2])
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])
random.gauss(0, 1)
s2 = random.getstate()
print(type(s2[2]).__name__, s2[2], random.gauss(0, 1) == s2[2])
random.setstate(s2)
print(round(random.gauss(0, 1), 12), random.getrandbits(20))
rng = random.Random(7)
rng.random()
random.setstate(rng.getstate())
print(random.random() == rng.random(), random.randint(1, 10**6), rng.randint(1, 10**6))
for bad in [(2, (), None), (3, (1, 2), None), "xyz"]:
    try:
        random.setstate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
