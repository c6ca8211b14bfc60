# inspect.currentframe() and inspect.stack(): frames that know their function, file and line, and
# their caller through f_back; a function's __code__ names its parameters as CPython's does.
import inspect


def who_called():
    frame = inspect.currentframe()
    caller = frame.f_back
    return frame.f_code.co_name, caller.f_code.co_name, caller.f_lineno


def outer():
    return who_called()


def deeper():
    found = []
    for info in inspect.stack()[:2]:
        found.append((info.function, info.lineno, info.code_context[0].strip()))
    return found


print(outer())
print(deeper())
print(inspect.getouterframes(inspect.currentframe())[0].function)
print(inspect.getframeinfo(inspect.currentframe()).lineno)


def sample(a, b=2, *args, c, d=4, **kw):
    pass


async def task(x):
    pass


code = sample.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_varnames[:2], inspect.iscode(code), inspect.isframe(inspect.currentframe()))
print(code.co_flags & 0x4 != 0, code.co_flags & 0x8 != 0, task.__code__.co_flags & 0x80 != 0)
print(code.co_filename == __file__, (lambda: 0).__code__.co_name, code.co_firstlineno)
