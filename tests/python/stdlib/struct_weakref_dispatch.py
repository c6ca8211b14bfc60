# struct's formats and errors, weakref's approximation (objects kept alive), functools.singledispatch.
import functools
import struct
import weakref

print(struct.calcsize("bi"), struct.calcsize("<bi"), struct.calcsize("@hq"), struct.calcsize("!HHI"), struct.calcsize("3s2x?"))
packed = struct.pack("<HIq", 1, 2, -3)
print(packed, struct.unpack("<HIq", packed))
print(struct.pack(">f d", 1.5, -0.25), struct.unpack(">fd", struct.pack(">f d", 1.5, -0.25)))
print(struct.pack("4s?c", b"abcdef", True, b"z"), struct.unpack("4s?c", b"ab\x00\x00\x01z"))
print(struct.pack("bi", 1, 2), struct.unpack("@bi", struct.pack("bi", -1, -2)))
header = struct.Struct("!BBH")
print(header.size, header.format, header.pack(4, 5, 600), header.unpack(b"\x04\x05\x02\x58"))
buffer = bytearray(8)
struct.pack_into("<hh", buffer, 2, 7, -7)
print(buffer, struct.unpack_from("<hh", buffer, 2), list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")))
for bad in (lambda: struct.pack("i"), lambda: struct.pack("b", 300), lambda: struct.pack("H", -1),
            lambda: struct.pack("<i", 2 ** 31), lambda: struct.pack("Q", -1), lambda: struct.unpack("i", b"ab"),
            lambda: struct.calcsize("z"), lambda: struct.pack("i", "x"), lambda: struct.pack("3s", 1),
            lambda: struct.pack("c", b"ab")):
    try:
        bad()
    except struct.error as e:
        print("struct.error:", e)


class Node:
    def __init__(self, name):
        self.name = name


node = Node("a")
r = weakref.ref(node)
print(r() is node, r() is not None, type(r).__name__ in ("ReferenceType", "weakref"))
cache = weakref.WeakValueDictionary()
cache["a"] = node
print(cache["a"].name, "a" in cache, len(cache))
seen = weakref.WeakSet()
seen.add(node)
print(node in seen, len(seen))
calls = []
finalizer = weakref.finalize(node, calls.append, "cleaned")
print(finalizer.alive, finalizer(), calls, finalizer.alive, finalizer())
proxy = weakref.proxy(node)
print(proxy.name)


@functools.singledispatch
def describe(value):
    return "something: %r" % (value,)


@describe.register(int)
def _(value):
    return "an int: %d" % value


@describe.register
def _(value: list):
    return "a list of %d" % len(value)


@describe.register(str)
@describe.register(bytes)
def _(value):
    return "text: %s" % (value,)


print(describe(3), describe(True), describe([1, 2]), describe("hi"), describe(b"x"), describe(2.5))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(float) is describe.dispatch(object))


class Formatter:
    @functools.singledispatchmethod
    def format(self, arg):
        return "default"

    @format.register(int)
    def _(self, arg):
        return "int %d" % arg


print(Formatter().format(5), Formatter().format("x"))
