# struct for Loopscope's MicroPython: CPython 3.11's pack/unpack/calcsize/pack_into/unpack_from/
# iter_unpack and Struct, written in Python (shadowing the built-in, which is reached as `ustruct`
# for the float conversions): byte orders @ = < > !, native sizes and alignment as on 64-bit Linux,
# every format character but 'p' and 'e', and CPython's struct.error messages.

import ustruct as _ustruct

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]


class error(Exception):
    pass


_NATIVE_SIZES = {"x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8,
                 "q": 8, "Q": 8, "n": 8, "N": 8, "f": 4, "d": 8, "s": 1, "P": 8}
_STANDARD_SIZES = {"x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4, "l": 4, "L": 4,
                   "q": 8, "Q": 8, "f": 4, "d": 8, "s": 1}
_INT_NAMES = {"b": "byte", "B": "ubyte", "h": "short", "H": "ushort"}


def _parse(fmt):
    # (byte order "<" or ">", native alignment?, [(code, count, offset)], size)
    if isinstance(fmt, bytes):
        fmt = fmt.decode()
    if not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s" % type(fmt).__name__)
    order = "@"
    if fmt and fmt[0] in "@=<>!":
        order = fmt[0]
        fmt = fmt[1:]
    native = order == "@"
    sizes = _NATIVE_SIZES if native else _STANDARD_SIZES
    endian = ">" if order in ">!" else "<"
    items = []
    offset = 0
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        while c.isdigit():
            count = (count or 0) * 10 + int(c)
            i += 1
            if i == len(fmt):
                raise error("repeat count given without format specifier")
            c = fmt[i]
        if c not in sizes:
            raise error("bad char in struct format")
        size = sizes[c]
        if native and c not in "sxc":
            offset = (offset + size - 1) // size * size
        if count is None:
            count = 1
        items.append((c, count, offset))
        offset += size * count
        i += 1
    return endian, native, items, offset


def _as_int(value, code):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise error("required argument is not an integer")
    return index(value)


def _pack_int(value, code, size, endian):
    value = _as_int(value, code)
    signed = code in "bhilqn"
    bits = size * 8
    low, high = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
    if not low <= value <= high:
        if code in _INT_NAMES:
            raise error("%s format requires %d <= number <= %d" % (_INT_NAMES[code], low, high))
        if signed and size == 4:
            raise error("'%s' format requires %d <= number <= %d" % (code, low, high))
        raise error("argument out of range")
    if value < 0:
        value += 1 << bits
    return value.to_bytes(size, "little" if endian == "<" else "big")


class Struct:
    def __init__(self, format):
        self._endian, self._native, self._items, self.size = _parse(format)
        self.format = format.decode() if isinstance(format, bytes) else format

    def __repr__(self):
        return "<_struct.Struct object at 0x%x>" % id(self)

    def _count(self):
        return sum(1 if code == "s" else count for code, count, _ in self._items if code != "x")

    def pack(self, *values):
        expected = self._count()
        if len(values) != expected:
            raise error("pack expected %d items for packing (got %d)" % (expected, len(values)))
        out = bytearray(self.size)
        self._pack_into(out, 0, values)
        return bytes(out)

    def pack_into(self, buffer, offset, *values):
        expected = self._count()
        if len(values) != expected:
            raise error("pack_into expected %d items for packing (got %d)" % (expected, len(values)))
        if offset < 0:
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d "
                        "(actual buffer size is %d)" % (self.size + offset, self.size, offset, len(buffer)))
        self._pack_into(buffer, offset, values)

    def _pack_into(self, out, base, values):
        endian = self._endian
        sizes = _NATIVE_SIZES if self._native else _STANDARD_SIZES
        k = 0
        for code, count, offset in self._items:
            at = base + offset
            if code == "x":
                continue
            if code == "s":
                value = values[k]
                k += 1
                if not isinstance(value, (bytes, bytearray)):
                    raise error("argument for 's' must be a bytes object")
                data = bytes(value[:count])
                out[at:at + len(data)] = data
                continue
            size = sizes[code]
            for n in range(count):
                value = values[k]
                k += 1
                if code == "c":
                    if not isinstance(value, (bytes, bytearray)) or len(value) != 1:
                        raise error("char format requires a bytes object of length 1")
                    data = bytes(value)
                elif code == "?":
                    data = b"\x01" if value else b"\x00"
                elif code in "fd":
                    if not isinstance(value, (int, float)):
                        raise error("required argument is not a float")
                    data = _ustruct.pack(endian + code, float(value))
                else:
                    data = _pack_int(value, code, size, endian)
                out[at + n * size:at + (n + 1) * size] = data

    def unpack(self, buffer):
        if len(buffer) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return self._unpack_from(buffer, 0)

    def unpack_from(self, buffer, offset=0):
        if offset < 0:
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d "
                        "(actual buffer size is %d)" % (self.size + offset, self.size, offset, len(buffer)))
        return self._unpack_from(buffer, offset)

    def _unpack_from(self, buffer, base):
        buffer = bytes(buffer)
        endian = self._endian
        sizes = _NATIVE_SIZES if self._native else _STANDARD_SIZES
        result = []
        for code, count, offset in self._items:
            at = base + offset
            if code == "x":
                continue
            if code == "s":
                result.append(buffer[at:at + count])
                continue
            size = sizes[code]
            for n in range(count):
                data = buffer[at + n * size:at + (n + 1) * size]
                if code == "c":
                    result.append(data)
                elif code == "?":
                    result.append(data != b"\x00")
                elif code in "fd":
                    result.append(_ustruct.unpack(endian + code, data)[0])
                else:
                    value = int.from_bytes(data, "little" if endian == "<" else "big")
                    if code in "bhilqn" and value >= 1 << (size * 8 - 1):
                        value -= 1 << (size * 8)
                    result.append(value)
        return tuple(result)

    def iter_unpack(self, buffer):
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(buffer) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % self.size)
        for offset in range(0, len(buffer), self.size):
            yield self._unpack_from(buffer, offset)


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format):
    return _struct(format).size


def pack(format, *values):
    return _struct(format).pack(*values)


def pack_into(format, buffer, offset, *values):
    return _struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer):
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _struct(format).iter_unpack(buffer)
