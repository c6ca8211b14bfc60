# A SyntaxError caught by the script: msg, filename, lineno, offset, text, end_lineno, end_offset,
# its args, str() and how the traceback module prints it.
import asyncio
import traceback

SOURCES = [
    "x = (1,",
    "def f(:\n    pass",
    "result = 1 +* 2",
    "x = 1\ny = $",
    "foo bar baz",
    "x = 1)",
    "x = (1]",
    "s = 'abc",
    "if True\n    pass",
    "f(a b)",
    "if x:\npass",
    "  x = 1",
    "return 1",
    "def f():\n    await x",
    "x = 'é' $",
]

for src in SOURCES:
    for mode in ("exec", "eval"):
        try:
            compile(src, "<user code>", mode)
        except SyntaxError as e:
            print(mode, type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text),
                  e.end_lineno, e.end_offset)
            print("  args:", e.args)
            print("  str:", e)
        else:
            print(mode, "compiled", repr(src))

try:
    exec("total = 0\nfor i in range(3)\n    total += i")
except SyntaxError as e:
    print(f"exec: {e.msg} at line {e.lineno}, column {e.offset}: {e.text!r}")
    print(repr(e))

try:
    eval("2 * (3 + 4")
except SyntaxError as err:
    print("eval:", err.msg, err.lineno, err.offset)

# the runtime's own SyntaxError is not touched
try:
    exec("raise SyntaxError('made by hand')")
except SyntaxError as e:
    print(e.args, e.msg, e.lineno, e.text)

e = SyntaxError("plain")
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.args)
e = SyntaxError("placed", ("/srv/app/tasks.py", 12, 5, "    await x y\n", 12, 14))
print(str(e), e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(SyntaxError("m", ("only_file.py", None, None, None)))
print(SyntaxError("m", (None, 4, None, None)))


class ConfigError(SyntaxError):
    pass


c = ConfigError("bad key", ("settings.cfg", 3, 1, "key value\n"))
print(str(c), c.msg, c.lineno)

for src in ["x = 1\nfoo bar baz\n", "def handler(:\n    pass"]:
    try:
        exec(src)
    except SyntaxError:
        # (the script's own frame names its path, which differs by where it runs)
        print("".join(line for line in traceback.format_exc().splitlines(True) if ".py\", line 7" not in line),
              end="")
    try:
        compile(src, "job.py", "exec")
    except SyntaxError as e:
        print("".join(traceback.format_exception_only(type(e), e)), end="")


async def run_snippet(code):
    await asyncio.sleep(0.1)
    try:
        return eval(code)
    except SyntaxError as e:
        return f"{type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset})"


async def main():
    results = await asyncio.gather(run_snippet("1 + 2"), run_snippet("1 + (2"), run_snippet("lambda: yield"))
    for r in results:
        print(r)


asyncio.run(main())
