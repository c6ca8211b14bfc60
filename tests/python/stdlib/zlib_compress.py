import zlib

text = (b"asyncio runs one task at a time; a task gives up the loop at each await. " * 20 +
        b"Queues hand work from producers to consumers. " * 10)
print(zlib.crc32(b"hello"), zlib.adler32(b"hello"), zlib.crc32(b"world", zlib.crc32(b"hello ")))
print(zlib.crc32(b""), zlib.adler32(b""), hex(zlib.crc32(text)), zlib.adler32(text, 7))
for level in (-1, 0, 1, 3, 5, 6, 9):
    data = zlib.compress(text, level)
    print(level, len(text), len(data), data[:12], zlib.decompress(data) == text)
short = zlib.compress(b"hello hello hello hello")
print(short, zlib.decompress(short))
print(zlib.compress(b""), zlib.compress(b"a", 9), zlib.compress(b"abc", wbits=-15))
gz = zlib.compress(text, wbits=31)
print(len(gz), gz[:10], zlib.decompress(gz, wbits=31) == text, zlib.decompress(gz, 47) == text)
c = zlib.compressobj()
parts = [c.compress(text[:100]), c.compress(text[100:]), c.flush()]
print(len(b"".join(parts)), b"".join(parts) == zlib.compress(text))
c = zlib.compressobj(9, zlib.DEFLATED, -15)
raw = c.compress(b"stream of bytes " * 40) + c.flush()
print(len(raw), zlib.decompress(raw, -15)[:32])
d = zlib.decompressobj()
out = b""
blob = zlib.compress(text) + b"TAIL"
for i in range(0, len(blob), 50):
    out += d.decompress(blob[i:i + 50])
out += d.flush()
print(out == text, d.eof, d.unused_data)
for bad in (b"not zlib data", zlib.compress(text)[:-10], b"x\x9c" + b"\xff" * 8):
    try:
        zlib.decompress(bad)
    except zlib.error as exc:
        print("zlib.error:", exc)
try:
    zlib.compress(b"x", 12)
except zlib.error as exc:
    print(exc)
try:
    zlib.compress("text")
except TypeError as exc:
    print(exc)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_SYNC_FLUSH)
import random
random.seed(5)
noise = bytes(random.getrandbits(8) for _ in range(3000))
print(len(zlib.compress(noise)), zlib.decompress(zlib.compress(noise, 1)) == noise)
stream = zlib.compress(text * 3, 9)
d = zlib.decompressobj()
sizes = [len(d.decompress(stream[i:i + 40])) for i in range(0, len(stream), 40)]
print(sizes, d.eof, len(d.unused_data))
raw = zlib.compress(bytes(range(256)) * 8, 0)
d = zlib.decompressobj()
print([len(d.decompress(raw[i:i + 300])) for i in range(0, len(raw), 300)])
