# shlex.split/quote/join with CPython's POSIX rules and errors; importlib.import_module (absolute
# and relative names), reload keeping the module object.
import importlib
import shlex
import sys

lines = [
    'ls -la "my dir" \'single q\' a\\ b',
    'echo "a \\"quoted\\" word" $HOME',
    "cmd # comment here",
    'x=""  y',
    "a'b'c",
    "tab\tsep\nnew",
    'esc\\\\ "in \\\\ dq" "\\$x \\q"',
    "python -m asyncio --flag=value",
]
for line in lines:
    print(shlex.split(line), shlex.split(line, comments=True))
for bad in ['"open', "'open", "trail\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
print(shlex.quote(""), shlex.quote("safe-name_1.txt"), shlex.quote("it's here"), shlex.quote("a b"))
command = ["ls", "-l", "my file", "it's", "$HOME"]
print(shlex.join(command), shlex.split(shlex.join(command)) == command)

json = importlib.import_module("json")
print(json.__name__, json is sys.modules["json"], json.dumps({"a": 1}))
print(importlib.import_module("collections.abc").__name__)
try:
    importlib.import_module("no_such_module")
except ImportError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module(".relative")
except TypeError as e:
    print("TypeError:", e)
import textwrap

again = importlib.reload(textwrap)
print(again is textwrap, textwrap.shorten("one two three four", width=12))
importlib.invalidate_caches()
