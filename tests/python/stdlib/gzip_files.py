import gzip
import io
import os
import tempfile

data = b"line of log text\n" * 50
blob = gzip.compress(data)
print(len(blob), blob[:12], gzip.decompress(blob) == data)
print(gzip.compress(b"abc", mtime=0), gzip.compress(b"abc", compresslevel=1, mtime=1))
print(gzip.decompress(gzip.compress(b"one") + gzip.compress(b"two")))
path = os.path.join(tempfile.gettempdir(), "loopscope_gzip_test.txt.gz")
with gzip.open(path, "wb") as f:
    f.write(b"first\n")
    f.write(b"second\n")
with open(path, "rb") as f:
    raw = f.read()
print(len(raw), raw[:10], raw[10:32])
with gzip.open(path, "rb") as f:
    print(f.read())
with gzip.open(path, "rt", encoding="utf-8") as f:
    for line in f:
        print(repr(line))
with gzip.open(path, "wt") as f:
    f.write("text mode é\n")
with gzip.open(path, "rt") as f:
    print(f.read())
os.remove(path)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g:
    g.write(b"in memory " * 10)
print(len(buf.getvalue()), buf.getvalue()[:16])
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as g:
    print(g.read(9), g.read())
for bad in (b"plain", gzip.compress(b"x")[:-3]):
    try:
        gzip.decompress(bad)
    except (gzip.BadGzipFile, EOFError) as exc:
        print(type(exc).__name__, exc)
