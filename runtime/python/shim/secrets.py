# secrets for Loopscope's MicroPython: token_bytes/token_hex/token_urlsafe, choice, randbelow,
# randbits, compare_digest. The sandbox's only randomness is the run's seeded generator (`random`),
# so these tokens repeat with the seed: fine for teaching ids, never for real secrets.

import random as _random
import base64 as _base64
import binascii as _binascii

__all__ = ["choice", "randbelow", "randbits", "SystemRandom", "token_bytes", "token_hex", "token_urlsafe",
           "compare_digest", "DEFAULT_ENTROPY"]

DEFAULT_ENTROPY = 32


def randbits(k):
    return _random.getrandbits(k)


def randbelow(exclusive_upper_bound):
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _random.randrange(exclusive_upper_bound)


def choice(seq):
    return _random.choice(seq)


def token_bytes(nbytes=None):
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return bytes(_random.getrandbits(8) for _ in range(nbytes))


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
    def random(self):
        return _random.random()

    def randrange(self, *args):
        return _random.randrange(*args)

    def randint(self, a, b):
        return _random.randint(a, b)

    def choice(self, seq):
        return _random.choice(seq)

    def getrandbits(self, k):
        return _random.getrandbits(k)

    def shuffle(self, x):
        _random.shuffle(x)

    def sample(self, population, k):
        return _random.sample(population, k)

    def uniform(self, a, b):
        return _random.uniform(a, b)
