# UnicodeDecodeError/UnicodeEncodeError: CPython 3.11's message and attributes, built directly or
# raised by a failed decode.
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(str(e))
print(repr(e))
print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
print(isinstance(e, UnicodeError), isinstance(e, ValueError))
print(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad pair"))
print(UnicodeDecodeError("ascii", bytearray(b"a\x80"), 1, 2, "ordinal not in range(128)"))
e = UnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range(128)")
print(e, "|", e.object, e.start, e.end, e.reason)
print(UnicodeEncodeError("ascii", "a€b", 1, 2, "ordinal not in range(128)"))
print(UnicodeEncodeError("ascii", "a😀", 1, 2, "ordinal not in range(128)"))
print(UnicodeEncodeError("ascii", "héé", 1, 3, "ordinal not in range(128)"))
for data in (b"\xff", b"ab\xc3", b"a\xe9b", b"ok\xe2\x82"):
    try:
        data.decode()
    except UnicodeDecodeError as err:
        print("decode:", err, err.start, err.end, repr(err.reason))
    try:
        str(data, "utf-8")
    except UnicodeDecodeError as err:
        print("str():", err)
    try:
        bytearray(data).decode("utf-8")
    except UnicodeDecodeError as err:
        print("bytearray:", err)
try:
    "café".encode("ascii")
except UnicodeEncodeError as err:
    print("encode:", err, err.start, err.end)
try:
    raise UnicodeDecodeError("utf-8", b"\x80abc", 0, 1, "invalid start byte")
except ValueError as err:
    print(type(err).__name__, err)
print(b"caf\xc3\xa9".decode(), str(b"ok", "utf-8"), b"\xff".decode("utf-8", "replace"))
