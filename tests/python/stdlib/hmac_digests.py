# hmac: HMAC digests with the hashlib algorithms (RFC 2202/4231 vectors), incremental update/copy, one-shot digest, compare_digest and errors.
import hashlib
import hmac

print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", "md5").hexdigest())
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", hashlib.sha1).hexdigest())
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", hashlib.sha256).hexdigest())
print(hmac.new(b"\x0b" * 20, b"Hi There", "sha224").hexdigest())
print(hmac.new(b"Jefe", b"what do ya want for nothing?", digestmod="sha256").hexdigest())
print(hmac.new(b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First", "sha256").hexdigest())
print(hmac.new(b"", b"", "sha256").hexdigest(), hmac.new(bytearray(b"k"), bytearray(b"m"), "md5").hexdigest())

h = hmac.new(b"secret", digestmod=hashlib.sha256)
print(h.name, h.digest_size, h.block_size)
h.update(b"part one, ")
snapshot = h.copy()
h.update(b"part two")
print(h.hexdigest() == hmac.new(b"secret", b"part one, part two", "sha256").hexdigest())
print(snapshot.hexdigest() == hmac.new(b"secret", b"part one, ", "sha256").hexdigest(), h.hexdigest() == h.hexdigest())
print(len(h.digest()), h.digest() == bytes.fromhex(h.hexdigest()))
print(hmac.digest(b"k", b"msg", "sha1").hex(), hmac.digest(b"k", b"msg", hashlib.md5) == hmac.new(b"k", b"msg", "md5").digest())
print(hmac.new(b"k", b"m", "sha1").name, hmac.new(b"k", b"m", "md5").name, hmac.new(b"k", b"m", "md5").digest_size)

print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest(b"abc", b"ab"))
print(hmac.compare_digest("token", "token"), hmac.compare_digest("a", "b"), hmac.compare_digest(bytearray(b"x"), b"x"), hmac.compare_digest(b"", b""))
sig = hmac.new(b"api-key", b'{"id": 1}', "sha256").hexdigest()
print(hmac.compare_digest(sig, hmac.new(b"api-key", b'{"id": 1}', "sha256").hexdigest()))

for args, kwargs in [(("key", b"m", "sha256"), {}), ((b"key", b"m"), {}), ((b"key", "text", "sha256"), {}),
                     ((None, b"m", "md5"), {}), ((b"key", b"m", "nope"), {})]:
    try:
        hmac.new(*args, **kwargs)
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
for a, b in [("a", b"a"), (b"a", "a"), ("é", "é"), (1, 1)]:
    try:
        hmac.compare_digest(a, b)
    except TypeError as exc:
        print("TypeError", exc)
print(hmac.trans_36[:4], hmac.trans_5C[:4], hmac.digest_size)
