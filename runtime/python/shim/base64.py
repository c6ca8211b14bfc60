# base64 for Loopscope's MicroPython: standard and URL-safe Base64, Base32 and Base16 (b64encode/
# b64decode with altchars and validate, urlsafe_*, standard_*, b32encode/b32decode, b16encode/
# b16decode, encodebytes/decodebytes), with CPython's errors (binascii.Error).

import binascii

__all__ = ["b64encode", "b64decode", "b32encode", "b32decode", "b16encode", "b16decode",
           "standard_b64encode", "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode",
           "encodebytes", "decodebytes"]


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not '%s'" % type(s).__name__)


def _translate(data, frm, to):
    table = {a: b for a, b in zip(frm, to)}
    return bytes(table.get(c, c) for c in data)


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        return _translate(encoded, b"+/", altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        s = _translate(s, altchars, b"+/")
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b"-_")


def urlsafe_b64decode(s):
    return b64decode(_translate(_bytes_from_decode_data(s), b"-_", b"+/"))


def encodebytes(s):
    out = []
    s = bytes(s)
    for i in range(0, len(s), 57):
        out.append(binascii.b2a_base64(s[i:i + 57]))
    return b"".join(out)


def decodebytes(s):
    return binascii.a2b_base64(s)


_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def b32encode(s):
    s = bytes(s)
    out = []
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk + b"\x00" * (5 - len(chunk)), "big")
        chars = [_B32[(n >> (35 - 5 * k)) & 31] for k in range(8)]
        used = (len(chunk) * 8 + 4) // 5
        out.append(bytes(chars[:used]) + b"=" * (8 - used))
    return b"".join(out)


def b32decode(s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        s = _translate(s, b"01", b"O" + _bytes_from_decode_data(map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b"=")
    padding = len(s) - len(stripped)
    if padding not in (0, 1, 3, 4, 6):
        raise binascii.Error("Incorrect padding")
    out = []
    for i in range(0, len(stripped), 8):
        chunk = stripped[i:i + 8]
        n = 0
        for c in chunk:
            index = _B32.find(bytes([c]))
            if index < 0:
                raise binascii.Error("Non-base32 digit found")
            n = (n << 5) | index
        n <<= 5 * (8 - len(chunk))
        out.append(n.to_bytes(5, "big")[:len(chunk) * 5 // 8])
    return b"".join(out)


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if any(c not in b"0123456789ABCDEF" for c in s):
        raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)
