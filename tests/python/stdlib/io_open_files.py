# open() on the run's file system: text and binary modes, reading forms, seek/tell, errors.
import io
import os
import tempfile

os.chdir(tempfile.mkdtemp())  # an empty working directory (CPython writes real files)

with open("notes.txt", "w") as f:
    print(type(f).__name__, f.name, f.mode, f.encoding, f.closed, f.writable(), f.readable())
    print(f.write("first line\n"))
    f.writelines(["second line\n", "third line\n"])
    print("fourth", 4, sep=": ", file=f)
print(f.closed)

with open("notes.txt") as f:
    print(repr(f.readline()))
    print(f.readlines())
with open("notes.txt", encoding="utf-8") as f:
    print(f.encoding, repr(f.read(5)), f.tell(), repr(f.read()))
    f.seek(0)
    print([line.rstrip() for line in f])

with open("notes.txt", "a") as f:
    print(f.tell())
    f.write("appended\n")
print(open("notes.txt").read().splitlines()[-2:])

with open("notes.txt", "r+") as f:
    f.write("FIRST")
    f.seek(0, io.SEEK_END)
    f.write("end\n")
    f.seek(0)
    print(repr(f.read(16)))

with open("data.bin", "wb") as f:
    print(type(f).__name__, f.mode, f.write(bytes(range(5))), f.write(bytearray(b"xyz")))
with open("data.bin", "rb") as f:
    print(type(f).__name__, f.read(2), f.tell(), f.seek(-2, 2), f.read(), f.read())
with open("data.bin", "r+b") as f:
    print(type(f).__name__, f.mode)
    f.seek(1)
    f.write(b"\xff")
print(open("data.bin", "rb").read())

with open("unicode.txt", "w", encoding="utf-8") as f:
    f.write("héllo wörld\nzweite Zeile\n")
with open("unicode.txt") as f:
    print(f.read(4), f.readline(), f.read())
print(open("unicode.txt", "rb").read()[:7])

with open("new.txt", "x") as f:
    f.write("created")

with open("crlf.txt", "wb") as f:
    f.write(b"a\r\nb\rc\n")
print(open("crlf.txt").readlines(), open("crlf.txt", newline="").readlines())

f = open("notes.txt")
f.close()
print(repr(f))

attempts = [
    lambda: open("missing.txt"),
    lambda: open("no_dir/file.txt", "w"),
    lambda: open("new.txt", "x"),
    lambda: open(".", "r"),
    lambda: open("notes.txt", "rw"),
    lambda: open("notes.txt", "rr"),
    lambda: open("notes.txt", "rtb"),
    lambda: open("notes.txt", "rb", encoding="utf-8"),
    lambda: open("notes.txt", encoding="no-such-codec"),
    lambda: open(3.5),
    lambda: open("notes.txt").write("x"),
    lambda: open("out.txt", "w").read(),
    lambda: open("out.txt", "w").write(b"bytes"),
    lambda: open("out.bin", "wb").write("text"),
    lambda: open("notes.txt").seek(3, 1),
    lambda: f.read(),
]
for attempt in attempts:
    try:
        attempt()
        print("no error")
    except (OSError, ValueError, TypeError, LookupError) as e:
        print(type(e).__name__ + ":", e)

try:
    open("missing.txt")
except OSError as e:
    print(e.errno, e.strerror, e.filename, e.args, repr(e))
