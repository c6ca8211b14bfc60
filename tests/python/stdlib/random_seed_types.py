# random.seed of a str, bytes, bytearray (CPython's version 2: the data and its SHA-512) and of a
# float (its hash, read as an unsigned 64-bit number) draw as CPython does; hashlib.sha512/sha384.
import asyncio
import hashlib
import random

for seed in ["asyncio", "", "é" * 40, b"bytes", bytearray(b"ba"), 3.5, -2.25, 0.0, 10 ** 30, -7]:
    random.seed(seed)
    print(repr(seed)[:24], random.random(), random.randint(1, 100), random.choice("abcdef"))
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError:", e)
rng = random.Random("worker-1")
print(rng.random(), random.Random(b"worker-1").random() == rng.random())
for data in [b"", b"abc", b"x" * 111, b"y" * 112, b"z" * 239]:
    print(len(data), hashlib.sha512(data).hexdigest()[:32], hashlib.sha384(data).hexdigest()[-24:])
h = hashlib.new("sha512", b"a")
h2 = h.copy()
h2.update(b"bc")
print(h.hexdigest()[:16], h2.hexdigest()[:16], h.digest_size, h.block_size, h.name, hashlib.sha384().name)


async def main():
    random.seed("tasks")
    delays = [random.random() for _ in range(3)]
    done = []

    async def job(i, d):
        await asyncio.sleep(d)
        done.append(i)

    await asyncio.gather(*(job(i, d) for i, d in enumerate(delays)))
    print(done, [round(d, 4) for d in delays])


asyncio.run(main())
