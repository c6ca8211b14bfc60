# sys.modules["__main__"] is the script's module (sys.modules[__name__]): dispatch by name through
# getattr on it, as scripts do.
import sys


def handle_start(arg):
    return f"start {arg}"


def handle_stop(arg):
    return f"stop {arg}"


this = sys.modules[__name__]
print(__name__, this.__name__, this is sys.modules["__main__"], "__main__" in sys.modules)
for command in ["start", "stop", "jump"]:
    handler = getattr(this, f"handle_{command}", None)
    print(command, "->", handler("now") if handler else "unknown command")
print(hasattr(sys.modules["__main__"], "handle_start"), sys.modules["__main__"].this is this)
print(handle_start.__qualname__, len, sys.modules["__main__"].handle_stop.__name__)
