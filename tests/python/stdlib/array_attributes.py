# array.array's typecode, itemsize, tolist(), buffer_info() and reprs, as CPython 3.11 on 64-bit
# Linux.
import array

a = array.array("d", [1.5, 2.5])
a.append(3.0)
b = array.array("i", range(5))
print(a, b, array.array("i"), array.array("b", [-1, 2]), array.array("f", [0.5]))
print(a.typecode, b.typecode, type(a.typecode).__name__, a.itemsize, b.itemsize)
for code in "bBhHiIlLqQfd":
    print(code, array.array(code).itemsize, array.array(code, [1, 2]).tolist(), end="; ")
print()
print(sum(a), b[1:3], b.tolist(), a.tolist(), type(b.tolist()).__name__)
address, length = b.buffer_info()
print(isinstance(address, int), address > 0, length, len(b))
b.extend([7, 8])
print(b, b.buffer_info()[1], b.tolist()[-2:], len(array.array("d").tolist()))
copy = array.array(b.typecode, b.tolist())
print(copy == b, copy)
