# A missing module raises ModuleNotFoundError (an ImportError) with CPython's message; scripts catch
# either name to fall back to another module.
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, isinstance(e, ImportError), issubclass(ModuleNotFoundError, ImportError))
try:
    from no_such_package.sub import thing
except ImportError as e:
    print(type(e).__name__, e)
try:
    import ujson_that_is_missing as json
except ImportError:
    import json
print(json.dumps({"ok": True}))
print(ModuleNotFoundError.__mro__[1:3])
