# base64 and binascii: encoding payloads and tokens for transport.
import base64
import binascii

for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(250, 256))]:
    enc = base64.b64encode(data)
    print(data, enc, base64.b64decode(enc) == data, base64.b32encode(data), base64.b16encode(data))
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"), base64.b64encode(b"\xfb\xff", b"*!"))
print(base64.b64decode("aGVsbG8gd29ybGQ="), base64.b64decode(b"aGVs\nbG8="), base64.b32decode("MZXW6YTBOI======"))
print(base64.b16decode("666F6F"), base64.b16decode("666f6f", casefold=True), base64.encodebytes(b"x" * 60))
print(binascii.hexlify(b"\x01\xab\xff"), binascii.hexlify(b"\x01\x02\x03\x04", "-"), binascii.unhexlify("01abff"),
      binascii.b2a_base64(b"hi"), binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")))
for bad in [lambda: base64.b64decode("abc"), lambda: base64.b64decode("ab!c", validate=True),
            lambda: binascii.unhexlify("abc"), lambda: binascii.unhexlify("zz"), lambda: base64.b16decode("zz"),
            lambda: base64.b64decode("a")]:
    try:
        bad()
    except binascii.Error as e:
        print("Error:", e)
