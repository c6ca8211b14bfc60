# hmac for Loopscope's MicroPython: keyed hashing (RFC 2104) as CPython 3.11 has it: new(key, msg,
# digestmod) and HMAC (update, copy, digest, hexdigest, name, digest_size, block_size), the one-shot
# digest(key, msg, digest), and compare_digest. Works over the hashlib shim, so the digests are
# those it has (md5, sha1, sha224, sha256); digestmod may be a name, a constructor such as
# hashlib.sha256, or a module with new(). compare_digest runs in time independent of where the
# inputs differ, as CPython's does.

import hashlib as _hashlib

__all__ = ["new", "HMAC", "digest", "compare_digest"]

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The size of the digests this module makes: None, as any hash can be used.
digest_size = None


def _constructor(digestmod):
    # A function data -> hash object for the digestmod given.
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b"": _hashlib.new(digestmod, data)
    return digestmod.new


class HMAC:
    blocksize = 64  # 512-bit HMAC; the block size actually used is the digest's

    def __init__(self, key, msg=None, digestmod=""):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, "block_size", 64)
        if blocksize < 16:
            blocksize = self.blocksize
        if len(key) > blocksize:
            key = make(key).digest()
        key = bytes(key) + bytes(blocksize - len(key))
        self._outer.update(bytes(b ^ 0x5C for b in key))
        self._inner.update(bytes(b ^ 0x36 for b in key))
        self.block_size = blocksize
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = HMAC.__new__(HMAC)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=""):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b):
    # Equality of two str (ASCII only) or two bytes-like objects, looking at every byte either way.
    if isinstance(a, str) and isinstance(b, str):
        for s in (a, b):
            if any(ord(c) > 127 for c in s):
                raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode()
        b = b.encode()
    elif isinstance(a, str) or isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    else:
        for x in (a, b):
            if not isinstance(x, (bytes, bytearray, memoryview)):
                raise TypeError("unsupported operand types(s) or combination of types: "
                                "'%s' and '%s'" % (type(a).__name__, type(b).__name__))
        a = bytes(a)
        b = bytes(b)
    # Compare against b's own length when they differ, so the time depends only on len(b).
    result = 0 if len(a) == len(b) else 1
    left = a if len(a) == len(b) else b
    for x, y in zip(left, b):
        result |= x ^ y
    return result == 0
