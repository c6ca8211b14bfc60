# secrets for Loopscope's MicroPython: token_bytes/token_hex/token_urlsafe, choice, randbelow,
# randbits, compare_digest. The sandbox's randomness is the run's seed: these draw from os.urandom's
# stream of it (random._urandom, apart from `random`'s), so tokens repeat with the seed: fine for
# teaching ids, never for real secrets.

import random as _random
import base64 as _base64
import binascii as _binascii

__all__ = ["choice", "randbelow", "randbits", "SystemRandom", "token_bytes", "token_hex", "token_urlsafe",
           "compare_digest", "DEFAULT_ENTROPY"]

DEFAULT_ENTROPY = 32


def randbits(k):
    return _system.getrandbits(k)


def randbelow(exclusive_upper_bound):
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _system._randbelow(exclusive_upper_bound)


def choice(seq):
    return _system.choice(seq)


def token_bytes(nbytes=None):
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _random._urandom(nbytes)


def token_hex(nbytes=None):
    return _binascii.hexlify(token_bytes(nbytes)).decode("ascii")


def token_urlsafe(nbytes=None):
    tok = token_bytes(nbytes)
    return _base64.urlsafe_b64encode(tok).rstrip(b"=").decode("ascii")


def compare_digest(a, b):
    if isinstance(a, str) != isinstance(b, str):
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    if len(a) != len(b):
        return False
    result = 0
    for x, y in zip(a, b):
        result |= (ord(x) ^ ord(y)) if isinstance(x, str) else (x ^ y)
    return result == 0


class SystemRandom:
    # draws from os.urandom's stream (random._urandom), never from the `random` module's generator
    def getrandbits(self, k):
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        numbytes = (k + 7) // 8
        x = int.from_bytes(_random._urandom(numbytes), "big")
        return x >> (numbytes * 8 - k)

    def random(self):
        return self.getrandbits(53) * (2.0 ** -53)

    def _randbelow(self, n):
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def randrange(self, start, stop=None, step=1):
        if stop is None:
            if start <= 0:
                raise ValueError("empty range for randrange()")
            return self._randbelow(start)
        width = stop - start
        if step == 1:
            if width <= 0:
                raise ValueError("empty range for randrange() (%d, %d, %d)" % (start, stop, width))
            return start + self._randbelow(width)
        n = (width + step - 1) // step if step > 0 else (width + step + 1) // step
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return start + step * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        for i in range(len(x) - 1, 0, -1):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k):
        pool = list(population)
        if not 0 <= k <= len(pool):
            raise ValueError("Sample larger than population or is negative")
        result = []
        for i in range(k):
            j = self._randbelow(len(pool) - i)
            result.append(pool[j])
            pool[j] = pool[len(pool) - i - 1]
        return result

    def uniform(self, a, b):
        return a + (b - a) * self.random()


_system = SystemRandom()
