# platform: the Python version (as sys.version_info), the system and machine, uname(). The system is
# the host's: Linux natively, Emscripten in the browser and under node (as CPython built for
# Emscripten reports it), so this script prints only what holds on both.
import platform
import sys

print(platform.python_version())
print(platform.python_version_tuple())
print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
print(platform.python_version_tuple()[:2] == ("3", "11"))
print(platform.system() in ("Linux", "Emscripten"), platform.machine() in ("x86_64", "aarch64", "wasm32"))
u = platform.uname()
print(u.system == platform.system(), u.machine == platform.machine(), u[0] == u.system, len(u))
print(platform.architecture()[0] in ("64bit", "32bit"))
print(platform.python_implementation() in ("CPython", "MicroPython"))
print(type(platform.node()).__name__, type(platform.release()).__name__, type(platform.processor()).__name__)
print(type(platform.python_build()).__name__, len(platform.python_build()))
print(type(platform.python_compiler()).__name__)
print(platform.platform().startswith(platform.system() + "-"))
