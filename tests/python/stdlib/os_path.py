# os and os.path as sandboxed scripts use them: process facts (only their kinds are compared: the
# numbers are the machine's), environ, and the POSIX path arithmetic.
import os
import os.path
from os.path import join, splitext

print(isinstance(os.getpid(), int), isinstance(os.getppid(), int), os.cpu_count() >= 1, os.name, os.sep)
print(os.path.isabs(os.getcwd()), isinstance(os.environ.get("LOOPSCOPE_TEST_UNSET"), type(None)),
      os.getenv("LOOPSCOPE_TEST_UNSET", "default"), os.linesep == "\n", os.curdir, os.pardir, os.extsep)
print(join("data", "raw", "x.csv"), join("a/", "b"), join("a", "/abs", "c"), join("", "x"))
print(os.path.split("/srv/app/main.py"), os.path.split("file"), os.path.split("/"), os.path.split("a//b"))
print(splitext("report.final.pdf"), splitext(".bashrc"), splitext("dir.d/file"), splitext("..x"))
print(os.path.basename("/a/b/c.txt"), os.path.basename("/a/b/"), os.path.dirname("/a/b/c.txt"), os.path.dirname("c"))
print(os.path.normpath("/usr//local/./bin/../lib/"), os.path.normpath("a/../../b"), os.path.normpath(""),
      os.path.normpath("//x"), os.path.normpath("///x"))
print(os.path.commonprefix(["/usr/lib", "/usr/local/lib"]), os.path.relpath("/a/b/c", "/a/x/y"),
      os.path.relpath("/a", "/a"), os.path.abspath("/x/../y"))
print(os.fspath("p"), os.path.join(*["x", "y", "z"]))
