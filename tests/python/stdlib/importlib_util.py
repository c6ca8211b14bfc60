import importlib.util
import os
import sys

for name in ("json", "asyncio", "collections.abc", "surely_not_installed_xyz", "numpy_missing_mod"):
    spec = importlib.util.find_spec(name)
    print(name, spec is not None, spec.name if spec else None)
if importlib.util.find_spec("uvloop_is_not_here") is None:
    print("uvloop not installed, using the default loop")
print(importlib.util.resolve_name(".sub", "pkg"), importlib.util.resolve_name("abs", None))
print(importlib.util.MAGIC_NUMBER, importlib.util.cache_from_source("/tmp/plugin.py"))

path = os.path.join(os.getcwd(), "plugin_mod_for_test.py")
with open(path, "w") as f:
    f.write("NAME = 'plugin'\n\ndef greet(who):\n    return 'hello ' + who\n\nprint('plugin loaded as', __name__)\n")
spec = importlib.util.spec_from_file_location("plugin", path)
print(spec.name, spec.origin == path, spec.has_location, spec.parent == "", spec.submodule_search_locations)
module = importlib.util.module_from_spec(spec)
print(type(module).__name__, module.__name__, module.__file__ == path)
sys.modules["plugin"] = module
spec.loader.exec_module(module)
print(module.NAME, module.greet("task"))
import plugin
print(plugin is module, plugin.greet("loop"))
os.remove(path)
print(importlib.util.spec_from_file_location("x", "notes.txt"))
m = importlib.util.module_from_spec(importlib.util.spec_from_loader("virtual", loader=None))
print(m.__name__, m.__spec__.name, m.__spec__.origin)
