# `import collections` alone gives collections.abc (CPython imports the submodule at start-up).
import collections

print(collections.abc.Mapping, issubclass(dict, collections.abc.MutableMapping))
print(isinstance([], collections.abc.Sequence), isinstance({}.keys(), collections.abc.Set))
print(collections.abc is __import__("collections.abc").abc)
try:
    collections.nothing
except AttributeError as e:
    print("AttributeError:", e)
