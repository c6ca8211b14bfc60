# glob: patterns over a directory tree (wildcards, sets, hidden names, recursive **, root_dir, trailing slash) and escape.
import glob
import os
import tempfile

os.chdir(tempfile.mkdtemp())
for d in ["src/pkg/sub", "src/.cache", "docs", ".git/objects", "data[1]"]:
    os.makedirs(d)
for f in ["README.md", "setup.py", ".env", "src/app.py", "src/util.py", "src/pkg/__init__.py", "src/pkg/sub/deep.py",
          "src/pkg/sub/data.json", "src/.cache/x.py", "docs/index.md", "docs/.draft.md", ".git/HEAD", "data[1]/a.csv"]:
    with open(f, "w") as fh:
        fh.write(f)

def show(*args, **kwargs):
    print(args[0], kwargs or "", sorted(glob.glob(*args, **kwargs)))

show("*")
show("*.py")
show(".*")
show("*", include_hidden=True)
show("src/*.py")
show("*/*.py")
show("*/")
show("src/*/")
show("**", recursive=True)
show("**/*.py", recursive=True)
show("src/**", recursive=True)
show("src/**/", recursive=True)
show("**/", recursive=True)
show("**/*.md", recursive=True, include_hidden=True)
show("**/*.py")
show("src/p?g/*.py")
show("[sd]*")
show("[!s]*")
show("data[1]/*")
show(glob.escape("data[1]") + "/*")
show("README.md")
show("missing.txt")
show("missing/*")
show("docs/")
show("README.md/")
show("")
show("*.py", root_dir="src")
show("**/*.json", root_dir="src", recursive=True)
show("nonexistent/**", recursive=True)
print([p.replace(os.getcwd(), "CWD") for p in sorted(glob.glob(os.path.join(os.getcwd(), "src", "*.py")))])
print([p.replace(os.getcwd(), "CWD") for p in sorted(glob.glob(os.path.join(os.getcwd(), "docs", "*")))])
it = glob.iglob("src/**/*.py", recursive=True)
print(hasattr(it, "__next__"), sorted(it))
print(glob.escape("a*b?c[d].txt"), glob.escape("/x/[y]"), glob.escape(b"q?"), glob.has_magic("a[b"), glob.has_magic("ab"))
