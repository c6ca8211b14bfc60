# dir() is sorted, b''.hex() is '', item assignment errors in CPython 3.11's words.
class C:
    cls_attr = 1
    def __init__(self):
        self.zed = 1
        self._b = 2
        self.a = 3
    def method(self):
        pass
c = C()
print([n for n in dir(c) if not n.startswith("__")])
b = 1
aa = 2
print([n for n in dir() if not n.startswith("__")])
print(repr(b"".hex()), repr(bytearray().hex()), b"\x01\x02".hex(), b"\x01\x02".hex(":"))
for target in ("abc", (1, 2)):
    try:
        target[0] = 1
    except TypeError as e:
        print(e)
    try:
        del target[0]
    except TypeError as e:
        print(e)
import asyncio
print([n for n in dir(asyncio.Queue()) if not n.startswith("_")])
