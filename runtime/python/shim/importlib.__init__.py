# importlib for Loopscope's MicroPython: import_module (absolute and relative names), reload and
# invalidate_caches, as CPython 3.11's. Modules here are built in, the project's shims, or the run's
# own files; importlib.util and importlib.machinery have the spec and loader parts scripts use.

__all__ = ["import_module", "reload", "invalidate_caches"]

import sys


def _resolve_name(name, package):
    level = len(name) - len(name.lstrip("."))
    if not package:
        raise TypeError(
            "the 'package' argument is required to perform a relative import for {!r}".format(name))
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    rest = name[level:]
    return "{}.{}".format(base, rest) if rest else base


def import_module(name, package=None):
    """Import a module by name and return it (the module itself, not its top-level package)."""
    if not isinstance(name, str):
        raise TypeError("module name must be str, not " + type(name).__name__)
    if name.startswith("."):
        name = _resolve_name(name, package)
    if not name:
        raise ValueError("Empty module name")
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Run the module's code again in the same module object, as CPython's reload does."""
    name = getattr(module, "__name__", None)
    if type(module).__name__ != "module" or name is None:
        raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError("module {} not in sys.modules".format(name), name=name)
    del sys.modules[name]
    try:
        __import__(name)
        fresh = sys.modules[name]
    except BaseException:
        sys.modules[name] = module
        raise
    for key, value in fresh.__dict__.items():
        setattr(module, key, value)
    sys.modules[name] = module
    return module


def invalidate_caches():
    """Nothing to do: no finder here caches directory listings."""
