# traceback.extract_stack / format_stack / print_stack / walk_stack of the script's own calls (the
# frames of whatever runs the script are left out: they differ between runners).
import io
import os
import traceback

SCRIPT = __file__


def shown(text):
    return text.replace(SCRIPT, os.path.basename(SCRIPT))


def own(frames):
    return [f for f in frames if f.filename == SCRIPT]


def inner(limit=None):
    return traceback.extract_stack(limit=limit)


def middle():
    return inner()


def show():
    out = io.StringIO()
    traceback.print_stack(file=out)
    text = out.getvalue()
    print(shown(text[text.index('  File "' + SCRIPT):]), end="")


def outer():
    show()


stack = middle()
print(type(stack).__name__, [(f.name, f.lineno) for f in own(stack)])
print([f.line for f in own(stack)])
print([(f.name, f.lineno) for f in inner(limit=1)])
outer()
lines = traceback.format_stack()
print(type(lines).__name__, shown(lines[-1]), end="")
here = own(traceback.extract_stack())
print(len(here), here[-1].name, here[-1].lineno)
print([shown(line) for line in traceback.format_list(here)])


def walker():
    import inspect
    return [(frame.f_code.co_name, line) for frame, line in traceback.walk_stack(inspect.currentframe())]


print(walker()[:2])
