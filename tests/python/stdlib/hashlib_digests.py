# hashlib: checksums of payloads (md5, sha1, sha224, sha256), incremental updates, new().
import hashlib

for name in ("md5", "sha1", "sha224", "sha256"):
    h = hashlib.new(name, b"hello asyncio")
    print(name, h.hexdigest(), h.digest_size, h.block_size, h.name)
print(hashlib.md5(b"").hexdigest(), hashlib.sha1(b"").hexdigest())
print(hashlib.sha256(b"").hexdigest())
data = bytes(range(256)) * 3
h = hashlib.sha256()
for i in range(0, len(data), 100):
    h.update(data[i:i + 100])
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), h.hexdigest())
c = h.copy()
c.update(b"more")
print(c.hexdigest() != h.hexdigest(), hashlib.md5(b"a" * 55).hexdigest(), hashlib.md5(b"a" * 56).hexdigest())
print(hashlib.sha1("ünïcode".encode()).hexdigest(), hashlib.md5(bytearray(b"x")).digest())
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256"}))
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError:", e)
