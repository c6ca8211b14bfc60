# binascii for Loopscope's MicroPython (this build has none): hexlify/unhexlify (b2a_hex/a2b_hex),
# b2a_base64/a2b_base64 (strict_mode) and crc32, with CPython's binascii.Error texts.

__all__ = ["Error", "Incomplete", "a2b_base64", "a2b_hex", "b2a_base64", "b2a_hex", "crc32", "hexlify",
           "unhexlify"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_HEX = "0123456789abcdef"


def _data(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(data)


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _data(data)
    text = "".join(_HEX[b >> 4] + _HEX[b & 15] for b in data)
    if sep is not None and data:
        if isinstance(sep, bytes):
            sep = sep.decode()
        step = 2 * abs(bytes_per_sep)
        if bytes_per_sep > 0:
            cut = len(text) % step or step
            groups = [text[:cut]] + [text[i:i + step] for i in range(cut, len(text), step)]
        else:
            groups = [text[i:i + step] for i in range(0, len(text), step)]
        text = sep.join(g for g in groups if g)
    return text.encode()


b2a_hex = hexlify


def unhexlify(hexstr):
    if isinstance(hexstr, str):
        hexstr = hexstr.encode("ascii")
    if len(hexstr) % 2:
        raise Error("Odd-length string")
    out = bytearray()
    for i in range(0, len(hexstr), 2):
        pair = bytes(hexstr[i:i + 2]).decode()
        if any(c not in "0123456789abcdefABCDEF" for c in pair):
            raise Error("Non-hexadecimal digit found")
        out.append(int(pair, 16))
    return bytes(out)


a2b_hex = unhexlify

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_INDEX = {ord(c): i for i, c in enumerate(_B64)}


def b2a_base64(data, *, newline=True):
    data = _data(data)
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        chars = [_B64[(n >> s) & 63] for s in (18, 12, 6, 0)]
        if len(chunk) < 3:
            chars[len(chunk) + 1:] = ["="] * (3 - len(chunk))
        out.append("".join(chars))
    text = "".join(out) + ("\n" if newline else "")
    return text.encode()


def a2b_base64(data, *, strict_mode=False):
    if isinstance(data, str):
        data = data.encode("ascii")
    data = bytes(data)
    values = []
    pads = 0
    for i, c in enumerate(data):
        if c == 61:  # "="
            pads += 1
            if strict_mode and not values:
                raise Error("Leading padding not allowed")
            if len(values) % 4 >= 2 and len(values) % 4 + pads >= 4:
                break
            continue
        index = _B64_INDEX.get(c)
        if index is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if pads and strict_mode:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        values.append(index)
    if len(values) % 4 == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more "
                    "than a multiple of 4" % len(values))
    if len(values) % 4 and len(values) % 4 + pads < 4:
        raise Error("Incorrect padding")
    out = bytearray()
    for i in range(0, len(values), 4):
        group = values[i:i + 4]
        n = 0
        for v in group:
            n = (n << 6) | v
        n <<= 6 * (4 - len(group))
        out.extend(n.to_bytes(3, "big")[:len(group) * 3 // 4])
    return bytes(out)


_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)
del _n, _c


def crc32(data, value=0):
    crc = value ^ 0xFFFFFFFF
    for b in _data(data):
        crc = _CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF
