# importlib.util for Loopscope's MicroPython: find_spec (modules the engine has, the project's shims,
# the run's own files), module_from_spec, spec_from_file_location / spec_from_loader for files on the
# run's in-memory file system, resolve_name, LazyLoader (loads at once), cache_from_source,
# MAGIC_NUMBER. find_spec imports a module it has not seen to learn whether it exists (CPython only
# looks for it); a shim that cannot exist here (tkinter, dis) gives None.

import sys

from importlib.machinery import BuiltinImporter, ModuleSpec, SourceFileLoader

MAGIC_NUMBER = b"\xa7\r\r\n"


def resolve_name(name, package):
    if not name.startswith("."):
        return name
    elif not package:
        raise ImportError("no package specified for {} (required for relative module names)".format(repr(name)))
    level = 0
    for character in name:
        if character != ".":
            break
        level += 1
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    rest = name[level:]
    return "{}.{}".format(base, rest) if rest else base


def _spec_of(module, name):
    spec = getattr(module, "__spec__", None)
    if spec is not None:
        return spec
    path = getattr(module, "__file__", None)
    if path and not path.startswith("<stdlib>"):
        spec = spec_from_file_location(name, path)
    else:
        spec = ModuleSpec(name, BuiltinImporter, origin="built-in")
    try:
        module.__spec__ = spec
    except (AttributeError, TypeError):
        pass
    return spec


def find_spec(name, package=None):
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        spec = getattr(module, "__spec__", None)
        if spec is None and getattr(module, "__spec__", 0) is None:
            raise ValueError("{}.__spec__ is None".format(name))
        return _spec_of(module, fullname)
    parent = fullname.rpartition(".")[0]
    if parent:
        __import__(parent)
    try:
        module = __import__(fullname)
    except ImportError:
        return None
    # Built-in modules are not kept in sys.modules here: walk down from the top package.
    for part in fullname.split(".")[1:]:
        module = getattr(module, part, None)
    module = sys.modules.get(fullname, module)
    if module is None:
        return None
    return _spec_of(module, fullname)


def module_from_spec(spec):
    module = None
    loader = spec.loader
    if hasattr(loader, "create_module"):
        module = loader.create_module(spec)
    elif hasattr(loader, "exec_module"):
        raise ImportError("loaders that define exec_module() must also define create_module()")
    if module is None:
        module = type(sys)(spec.name)
    try:
        module.__spec__ = spec
        module.__loader__ = loader
        if spec.submodule_search_locations is not None:
            module.__path__ = spec.submodule_search_locations
        if spec.has_location and spec.origin is not None:
            module.__file__ = spec.origin
            if spec.cached is not None:
                module.__cached__ = spec.cached
        module.__package__ = spec.parent
    except (AttributeError, TypeError):
        pass
    return module


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if origin is None:
        origin = getattr(loader, "_ORIGIN", None)
    if origin is None and hasattr(loader, "get_filename"):
        return spec_from_file_location(name, loader=loader)
    if is_package is None and hasattr(loader, "is_package"):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=bool(is_package))


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    if location is None:
        location = "<unknown>"
        if hasattr(loader, "get_filename"):
            location = loader.get_filename(name)
    else:
        location = str(location) if not hasattr(location, "__fspath__") else location.__fspath__()
        if not location.startswith("/") and "://" not in location:
            import os
            location = os.path.join(os.getcwd(), location)
    if loader is None:
        if not location.endswith(".py"):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = submodule_search_locations
    elif location.rsplit("/", 1)[-1] == "__init__.py":
        spec.submodule_search_locations = [location.rsplit("/", 1)[0]]
    spec.cached = cache_from_source(location) if location.endswith(".py") else None
    return spec


def cache_from_source(path, debug_override=None, *, optimization=None):
    head, _, tail = path.rpartition("/")
    base = tail.rpartition(".")[0] if "." in tail else tail
    name = "{}.cpython-311.pyc".format(base)
    return "{}/__pycache__/{}".format(head, name) if head else "__pycache__/" + name


def source_from_cache(path):
    head, _, pycache_filename = path.rpartition("/")
    head, _, pycache = head.rpartition("/")
    if pycache != "__pycache__":
        raise ValueError("{} not bottom-level directory in {!r}".format("__pycache__", path))
    base = pycache_filename.split(".")[0]
    return "{}/{}.py".format(head, base) if head else base + ".py"


def decode_source(source_bytes):
    return source_bytes.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def source_hash(source_bytes):
    import hashlib
    return hashlib.sha256(source_bytes).digest()[:8]


class LazyLoader:
    def __init__(self, loader):
        self.loader = loader

    @classmethod
    def factory(cls, loader):
        return lambda *args, **kwargs: cls(loader(*args, **kwargs))

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        self.loader.exec_module(module)
