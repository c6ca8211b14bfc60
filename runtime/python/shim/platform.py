# platform for Loopscope's MicroPython: what a script can learn about the interpreter and the system.
#
# The Python version is the one sys.version_info states (3.11.x: python_version, python_version_tuple);
# python_build / python_compiler read sys.version as CPython's do. The implementation is not hidden:
# python_implementation() names sys.implementation.name ("MicroPython"), as CPython's names its own, so
# a script that branches on it sees what runs it.
#
# The system: the browser build runs in WebAssembly ("Emscripten", machine "wasm32", as CPython's
# Emscripten port reports); natively Linux on the machine the oracle uses ("x86_64"). Which one is
# known from the thread layer: the browser has a fixed pool of 4 Web Workers, so its default
# executor size is 4, while natively it is min(32, processors + 4), at least 5 (see os.cpu_count and
# _lsthread.default_max_workers). The sandbox has no host name (node() is socket.gethostname()'s
# "loopscope"), no kernel release of its own, no processor name and no libc to report.

import sys

__all__ = ["architecture", "machine", "node", "platform", "processor", "python_build", "python_compiler",
           "python_branch", "python_implementation", "python_revision", "python_version",
           "python_version_tuple", "release", "system", "system_alias", "uname", "version", "libc_ver"]


def _in_browser():
    try:
        import _lsthread
        return _lsthread.default_max_workers() == 4
    except (ImportError, AttributeError):
        return False


_BROWSER = _in_browser()


# ---- the interpreter ----

def python_version_tuple():
    v = sys.version_info
    return (str(v[0]), str(v[1]), str(v[2]))


def python_version():
    return ".".join(python_version_tuple())


def _sys_version():
    # sys.version "3.11.7 (main, MicroPython 1.25.0) [Loopscope]": (build no, build date, compiler).
    text = sys.version
    build = ""
    compiler = ""
    if "(" in text and ")" in text:
        build = text[text.index("(") + 1:text.index(")")]
    if "[" in text and "]" in text:
        compiler = text[text.index("[") + 1:text.rindex("]")]
    buildno, _, builddate = build.partition(",")
    return buildno.strip(), builddate.strip(), compiler


def python_build():
    buildno, builddate, _ = _sys_version()
    return (buildno, builddate)


def python_compiler():
    return _sys_version()[2]


def python_branch():
    return ""


def python_revision():
    return ""


_IMPLEMENTATIONS = {"cpython": "CPython", "micropython": "MicroPython", "pypy": "PyPy",
                    "ironpython": "IronPython", "jython": "Jython"}


def python_implementation():
    name = sys.implementation.name
    return _IMPLEMENTATIONS.get(name, name)


# ---- the system ----

class uname_result(tuple):
    # Five named fields and the processor after them (CPython: len() is 6, the repr shows five).
    _fields = ("system", "node", "release", "version", "machine")

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine, ""))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    processor = property(lambda self: self[5])

    def __repr__(self):
        return "uname_result(%s)" % ", ".join("%s=%r" % (name, value)
                                              for name, value in zip(self._fields, self))

    def _asdict(self):
        return dict(zip(self._fields, self))


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        if _BROWSER:
            _uname_cache = uname_result("Emscripten", "emscripten", "3.1.69", "#1", "wasm32")
        else:
            _uname_cache = uname_result("Linux", "loopscope", "", "", "x86_64")
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def system_alias(system, release, version):
    return system, release, version


def architecture(executable=None, bits="", linkage=""):
    return ("32bit" if _BROWSER else "64bit", "" if _BROWSER else "ELF")


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    return (lib, version)


def platform(aliased=False, terse=False):
    system_, node_, release_, version_, machine_ = uname()[:5]
    if terse:
        return "-".join(p for p in (system_, release_) if p)
    parts = [system_, release_, machine_]
    return "-".join(p for p in parts if p)
