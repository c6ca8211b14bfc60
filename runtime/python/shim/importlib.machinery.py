# importlib.machinery for Loopscope's MicroPython: ModuleSpec and the loaders importlib.util hands
# out (SourceFileLoader for a file of the run's file system, BuiltinImporter for modules the engine
# has built in or as shims), with CPython 3.11's reprs. Modules are found by the engine's own import,
# not by these finders.

import sys

SOURCE_SUFFIXES = [".py"]
DEBUG_BYTECODE_SUFFIXES = [".pyc"]
OPTIMIZED_BYTECODE_SUFFIXES = [".pyc"]
BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = ["name={!r}".format(self.name), "loader={!r}".format(self.loader)]
        if self.origin is not None:
            args.append("origin={!r}".format(self.origin))
        if self.submodule_search_locations is not None:
            args.append("submodule_search_locations={}".format(self.submodule_search_locations))
        return "{}({})".format(self.__class__.__name__, ", ".join(args))

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader and self.origin == other.origin
                    and smsl == other.submodule_search_locations and self.cached == other.cached
                    and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    # Here also the loader of the project's shim modules (they have no file a script can read).
    def __repr__(self):
        return "<class '_frozen_importlib.BuiltinImporter'>"

    @classmethod
    def create_module(cls, spec):
        if spec.name in sys.modules:
            return sys.modules[spec.name]
        __import__(spec.name)
        return sys.modules[spec.name]

    @classmethod
    def exec_module(cls, module):
        pass


BuiltinImporter = BuiltinImporter()


class SourceFileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __repr__(self):
        return "<_frozen_importlib_external.SourceFileLoader object at %s>" % hex(id(self))

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.name == other.name and self.path == other.path

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, "rb") as f:
            return f.read()

    def get_source(self, fullname=None):
        return self.get_data(self.path).decode("utf-8")

    def is_package(self, fullname=None):
        return self.path.rsplit("/", 1)[-1].split(".")[0] == "__init__"

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        source = self.get_source(self.name)
        code = compile(source, self.path, "exec")
        exec(code, module.__dict__)

    def load_module(self, fullname=None):
        fullname = fullname or self.name
        module = type(sys)(fullname)
        module.__file__ = self.path
        sys.modules[fullname] = module
        self.exec_module(module)
        return module


SourcelessFileLoader = SourceFileLoader


class FrozenImporter:
    pass


class PathFinder:
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import importlib.util
        return importlib.util.find_spec(fullname)

    @classmethod
    def invalidate_caches(cls):
        pass


class FileFinder:
    def __init__(self, path, *loader_details):
        self.path = path or "."

    def find_spec(self, fullname, target=None):
        import importlib.util
        import os
        tail = fullname.rpartition(".")[2]
        for candidate in (os.path.join(self.path, tail + ".py"), os.path.join(self.path, tail, "__init__.py")):
            if os.path.isfile(candidate):
                return importlib.util.spec_from_file_location(fullname, candidate)
        return None

    def invalidate_caches(self):
        pass
