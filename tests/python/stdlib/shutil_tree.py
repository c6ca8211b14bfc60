# shutil: copyfile/copy/copy2/copytree/rmtree/move on a scratch tree, ignore_patterns, and the errors (same file, existing destination, missing paths).
import os
import shutil
import tempfile

os.chdir(tempfile.mkdtemp())


def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        for name in files:
            path = os.path.join(root, name)
            with open(path) as fh:
                out.append("%s=%s" % (path, fh.read()))
        if not dirs and not files:
            out.append(root + "/")
    return sorted(out)


def attempt(fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
        print("ok", result)
    except OSError as exc:
        print(type(exc).__name__, exc)


os.makedirs("proj/src/pkg")
os.makedirs("proj/build")
os.makedirs("proj/empty")
for path, text in [("proj/README", "readme"), ("proj/src/main.py", "main"), ("proj/src/main.pyc", "bytecode"),
                   ("proj/src/pkg/__init__.py", ""), ("proj/build/out.o", "obj"), ("notes.txt", "notes")]:
    with open(path, "w") as fh:
        fh.write(text)

print(shutil.copyfile("notes.txt", "notes2.txt"), open("notes2.txt").read())
print(shutil.copy("notes.txt", "proj"), shutil.copy2("notes.txt", "proj/src/n.txt"), shutil.copy("notes.txt", "n3.txt"))
with open("notes.txt", "rb") as a, open("copy.bin", "wb") as b:
    shutil.copyfileobj(a, b, 2)
print(open("copy.bin", "rb").read())
attempt(shutil.copyfile, "notes.txt", "notes.txt")
attempt(shutil.copyfile, "notes.txt", "./notes.txt")
attempt(shutil.copy, "n3.txt", ".")
attempt(shutil.copyfile, "missing.txt", "x.txt")
attempt(shutil.copyfile, "notes.txt", "nodir/x.txt")
attempt(shutil.copyfile, "proj", "x.txt")
attempt(shutil.copyfile, "notes.txt", "proj")
attempt(shutil.copymode, "missing.txt", "notes.txt")
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))

print(shutil.copytree("proj", "backup"))
print(tree("backup"))
print(shutil.copytree("proj", "slim", ignore=shutil.ignore_patterns("*.pyc", "build")))
print(tree("slim"))
seen = []
def ignore(path, names):
    seen.append((path, sorted(names)))
    return {"README"}
shutil.copytree("proj/src", "src2", ignore=ignore)
print(sorted(seen), tree("src2"))
attempt(shutil.copytree, "proj", "backup")
print(shutil.copytree("proj/src", "backup", dirs_exist_ok=True), tree("backup")[:3])
attempt(shutil.copytree, "missing", "x")
copied = []
shutil.copytree("proj/src", "src3", copy_function=lambda s, d: copied.append((s, d)))
print(sorted(copied), tree("src3"))
print(sorted(shutil.ignore_patterns("*.py", "R*")("x", ["a.py", "README", "b.txt"])))

print(shutil.move("n3.txt", "proj/moved.txt"), os.path.exists("n3.txt"), open("proj/moved.txt").read())
print(shutil.move("notes2.txt", "proj/src"), os.path.exists("proj/src/notes2.txt"))
print(shutil.move("src3", "renamed"), os.path.isdir("renamed"), os.path.exists("src3"))
print(shutil.move("renamed", "proj"), sorted(os.listdir("proj")))
attempt(shutil.move, "copy.bin", "proj/src")
shutil.copy("notes.txt", "copy.bin")
attempt(shutil.move, "copy.bin", "proj/src")
attempt(shutil.move, "backup", "backup/inner")
attempt(shutil.move, "missing", "y")

shutil.rmtree("backup")
print(os.path.exists("backup"))
attempt(shutil.rmtree, "backup")
shutil.rmtree("backup", ignore_errors=True)
errors = []
shutil.rmtree("backup", onerror=lambda fn, path, info: errors.append((fn is os.lstat, path, info[0].__name__, str(info[1]))))
print(errors)
attempt(shutil.rmtree, "notes.txt")
errors = []
shutil.rmtree("notes.txt", onerror=lambda fn, path, info: errors.append((fn.__name__, path, info[0].__name__)))
print(errors, os.path.exists("notes.txt"))
shutil.rmtree("proj")
print(sorted(os.listdir(".")))

print(shutil.which("surely-not-a-command-xyz"), shutil.which("surely-not-a-command-xyz", path=""))
size = shutil.get_terminal_size()
print(size, size.columns, size.lines, tuple(size), shutil.get_terminal_size((100, 40)))
os.environ["COLUMNS"] = "120"
print(shutil.get_terminal_size())
del os.environ["COLUMNS"]
