# expect: ok
# '%c' / '{:c}' / chr() / bytes(n) / bytearray(n) / byte values past their range: CPython's errors
# (they were a truncated byte, a TypeError or a huge allocation).
cases = [
    ("'%c' % 2**40", "OverflowError: %c arg not in range(0x110000)"),
    ("'%c' % -1", "OverflowError: %c arg not in range(0x110000)"),
    ("'%c' % 0x110000", "OverflowError: %c arg not in range(0x110000)"),
    ("'%c' % 2**63", "OverflowError: %c arg not in range(0x110000)"),
    ("'%c' % 1.5", "TypeError: %c requires int or char"),
    ("'{:c}'.format(2**40)", "OverflowError: %c arg not in range(0x110000)"),
    ("format(-1, 'c')", "OverflowError: %c arg not in range(0x110000)"),
    ("b'%c' % 256", "OverflowError: %c arg not in range(256)"),
    ("b'%c' % 'a'", "TypeError: %c requires an integer in range(256) or a single byte"),
    ("chr(2**40)", "OverflowError: Python int too large to convert to C int"),
    ("chr(-1)", "ValueError: chr() arg not in range(0x110000)"),
    ("bytes(2**62)", "MemoryError"),
    ("bytearray(2**62)", "MemoryError"),
    ("bytes(2**70)", "OverflowError: cannot fit 'int' into an index-sized integer"),
    ("bytearray(-1)", "ValueError: negative count"),
    ("bytes(-5)", "ValueError: negative count"),
    ("bytes([2**40])", "ValueError: bytes must be in range(0, 256)"),
    ("bytearray([256])", "ValueError: byte must be in range(0, 256)"),
    ("bytearray(b'a').append(-1)", "ValueError: byte must be in range(0, 256)"),
]
for expr, want in cases:
    try:
        got = "no error: %r" % (eval(expr),)
    except Exception as e:
        got = type(e).__name__ + (": %s" % e if str(e) else "")
    if not got.startswith(want):
        print("FAIL", expr, "->", got, "wanted", want)
# The valid ones still work, with characters past one byte.
assert "%c|%3c|{:c}".replace("{:c}", "{:c}".format(0x263A)) % (0x263A, "é") == "\u263a|  é|\u263a"
assert b"%c%c" % (65, b"B") == b"AB" and chr(0x10FFFF) == "\U0010ffff"
assert bytes(3) == b"\0\0\0" and bytearray([1, 255]) == bytearray(b"\x01\xff")
print("ok")
