# os.urandom, secrets and uuid4 draw from a stream of their own: after random.seed(n) the `random`
# module's draws are CPython's whatever they take (Real Python's asyncq.py: os.urandom in between).
import os
import random
import secrets
import uuid

random.seed(444)
first = [random.randint(0, 10) for _ in range(5)]
random.seed(444)
second = []
for _ in range(5):
    second.append(random.randint(0, 10))
    os.urandom(5)
    secrets.token_hex(4)
    uuid.uuid4()
    secrets.randbelow(100)
print(first, second == first)
print(len(os.urandom(7)), type(os.urandom(2)).__name__, len(secrets.token_hex(8)), uuid.uuid4().version)
sr = secrets.SystemRandom()
print(0 <= sr.random() < 1, 5 <= sr.randint(5, 6) <= 6, sr.choice("a") == "a", sorted(sr.sample(range(4), 4)))
print(secrets.randbits(0), 0 <= secrets.randbelow(3) < 3)
