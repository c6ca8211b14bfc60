# bytes and str do not mix (CPython 3.11's TypeErrors); bytes with other bytes-like objects do.
def attempt(label, call):
    try:
        print(label, "->", repr(call()))
    except TypeError as e:
        print(label, "-> TypeError:", e)

attempt('b"a" + "b"', lambda: b"a" + "b")
attempt('"a" + b"b"', lambda: "a" + b"b")
attempt('bytearray(b"a") + "b"', lambda: bytearray(b"a") + "b")
attempt('"a" + bytearray(b"b")', lambda: "a" + bytearray(b"b"))
attempt('b"a" + 1', lambda: b"a" + 1)
attempt('b"a" + None', lambda: b"a" + None)
attempt('bytearray() + 1', lambda: bytearray() + 1)
attempt('b"".join(["a"])', lambda: b"".join(["a"]))
attempt('b",".join([b"a", "b"])', lambda: b",".join([b"a", "b"]))
attempt('bytearray(b"").join(["a"])', lambda: bytearray(b"").join(["a"]))
attempt('",".join([b"a"])', lambda: ",".join([b"a"]))
attempt('"a" in b"abc"', lambda: "a" in b"abc")
attempt('"a" in bytearray(b"abc")', lambda: "a" in bytearray(b"abc"))
attempt('b"a" in "abc"', lambda: b"a" in "abc")
attempt('b"a" < "b"', lambda: b"a" < "b")
attempt('b"abc" == "abc"', lambda: b"abc" == "abc")
attempt('b"abc".split("b")', lambda: b"abc".split("b"))
attempt('b"abc".replace("a", "b")', lambda: b"abc".replace("a", "b"))

def inplace():
    data = b"head"
    data += "tail"
    return data

def inplace_bytearray():
    buf = bytearray(b"head")
    buf += "tail"
    return buf

attempt("data += str", inplace)
attempt("buf += str", inplace_bytearray)
# what keeps working
attempt('b"a" + b"b"', lambda: b"a" + b"b")
attempt('b"a" + bytearray(b"b")', lambda: b"a" + bytearray(b"b"))
attempt('bytearray(b"a") + b"b"', lambda: bytearray(b"a") + b"b")
attempt('b"ab" + memoryview(b"cd")', lambda: b"ab" + memoryview(b"cd"))
attempt('bytearray(b"ab") + memoryview(b"cd")', lambda: bytearray(b"ab") + memoryview(b"cd"))
attempt('b"%s" % b"x"', lambda: b"%s" % b"x")
attempt('b"%s-%d" % (b"x", 3)', lambda: b"%s-%d" % (b"x", 3))
attempt('b"%s" % bytearray(b"y")', lambda: b"%s" % bytearray(b"y"))
attempt('b"%s" % "x"', lambda: b"%s" % "x")
attempt('b"%s" % 5', lambda: b"%s" % 5)
attempt('b"%r" % "x"', lambda: b"%r" % "x")
attempt('98 in b"abc"', lambda: 98 in b"abc")
attempt('b"b" in b"abc"', lambda: b"b" in b"abc")
attempt('b"a" * 3', lambda: b"a" * 3)
attempt('"abc".encode() + "d".encode()', lambda: "abc".encode() + "d".encode())
attempt('b"x".decode() + "y"', lambda: b"x".decode() + "y")
