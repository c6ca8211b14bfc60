# Modules a sandboxed run cannot have fail to import with a reason (CPython imports them: there the
# module's main name exists). Either way the line prints True; a silent half-module would print False.
for name, attribute in [("subprocess", "run"), ("tkinter", "Tk")]:
    try:
        module = __import__(name)
        print(name, hasattr(module, attribute))
    except ImportError as e:
        print(name, "not available in the Loopscope sandbox" in str(e))
