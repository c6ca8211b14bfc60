# pathlib and tempfile on the run's file system, and os's file functions.
import os
import tempfile
from pathlib import Path, PurePath, PurePosixPath

p = PurePosixPath("/usr/local/lib/archive.tar.gz")
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts, p.anchor, p.is_absolute())
print(list(p.parents)[:2], p.with_name("x.txt"), p.with_suffix(".bz2"), p.relative_to("/usr"))
print(PurePath("a") / "b" / "c.py", "top" / PurePosixPath("sub"), PurePosixPath("a//b/./c"), PurePosixPath(""))
print(PurePosixPath("a/b.py").match("*.py"), PurePosixPath("a/b.py").match("a/*.txt"), PurePosixPath("x") == PurePosixPath("x"))
try:
    PurePosixPath("/a/b").relative_to("/c")
except ValueError as e:
    print("ValueError:", e)

with tempfile.TemporaryDirectory() as workdir:
    print(type(workdir).__name__, os.path.isdir(workdir), workdir.startswith(tempfile.gettempdir()))
    base = Path(workdir)
    print(type(base).__name__, base.exists(), base.is_dir(), list(base.iterdir()))
    (base / "data").mkdir()
    (base / "nested" / "deeper").mkdir(parents=True)
    (base / "data").mkdir(exist_ok=True)
    notes = base / "data" / "notes.txt"
    print(notes.write_text("alpha\nbeta\n"), notes.read_text().splitlines(), notes.exists(), notes.is_file())
    (base / "data" / "raw.bin").write_bytes(b"\x01\x02")
    (base / "data" / "extra.py").touch()
    print(sorted(child.name for child in (base / "data").iterdir()))
    print(sorted(str(m.relative_to(base)) for m in base.glob("data/*.txt")))
    print(sorted(str(m.relative_to(base)) for m in base.glob("**/*.py")), sorted(m.name for m in base.rglob("*")))
    print(notes.stat().st_size, os.path.getsize(notes), (base / "data" / "raw.bin").read_bytes())
    renamed = notes.rename(base / "data" / "renamed.txt")
    print(renamed.name, notes.exists(), renamed.read_text().count("\n"))
    for attempt in (lambda: (base / "data").mkdir(), lambda: (base / "missing.txt").read_text(),
                    lambda: (base / "a" / "b").mkdir(), lambda: (base / "data").rmdir(),
                    lambda: (base / "missing.txt").unlink(), lambda: os.listdir(renamed),
                    lambda: os.remove(base / "data"), lambda: os.rename(base / "nope", base / "other")):
        try:
            attempt()
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    (base / "missing.txt").unlink(missing_ok=True)
    with tempfile.NamedTemporaryFile("w+", suffix=".log", dir=workdir) as tmp:
        tmp.write("temporary\n")
        tmp.seek(0)
        print(tmp.read(), tmp.name.endswith(".log"), os.path.exists(tmp.name))
    print(os.path.exists(tmp.name))
    made = tempfile.mkdtemp(prefix="job-", dir=workdir)
    print(os.path.basename(made).startswith("job-"), os.listdir(made))
    os.rmdir(made)
    walk = [(os.path.relpath(top, workdir), sorted(dirs), sorted(files)) for top, dirs, files in os.walk(workdir)]
    print(sorted(walk))
print(os.path.exists(workdir))

os.chdir(tempfile.mkdtemp())
os.makedirs("x/y/z")
os.makedirs("x/y", exist_ok=True)
with open("x/y/file.txt", "w") as f:
    f.write("12345")
print(sorted(os.listdir("x/y")), os.path.getsize("x/y/file.txt"), os.path.isfile("x/y"), Path("x/y/file.txt").exists())
os.rename("x/y/file.txt", "x/moved.txt")
os.remove("x/moved.txt")
os.rmdir("x/y/z")
print(sorted(os.listdir("x")), os.path.exists("x/moved.txt"), Path.cwd() == Path(os.getcwd()))
try:
    os.makedirs("x/y")
except FileExistsError as e:
    print("FileExistsError:", e)
