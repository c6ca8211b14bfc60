# Edge cases of the file system and open(): empty paths, NUL bytes, rmdir('.'), bad arguments.
import os, tempfile, io
os.chdir(tempfile.mkdtemp())
cases = [lambda: open(""), lambda: open("a\0b"), lambda: os.mkdir(""), lambda: os.listdir("nope"),
         lambda: open("f.txt", "w").write("x") and open("f.txt/sub"), lambda: os.mkdir("f.txt/sub"),
         lambda: os.rmdir("."), lambda: os.rename("f.txt", "f.txt"), lambda: open("f.txt", "r", newline="x"),
         lambda: open("f.txt", buffering=0), lambda: io.StringIO(5), lambda: open("f.txt").read("x"),
         lambda: os.makedirs(""), lambda: os.remove(""), lambda: open("f.txt", "rb").readline(2),
         lambda: open("f.txt", "a+").read(), lambda: os.chdir("f.txt")]
for case in cases:
    try:
        print(repr(case()))
    except Exception as e:
        print(type(e).__name__, e)
