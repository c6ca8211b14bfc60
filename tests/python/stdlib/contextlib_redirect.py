# contextlib.redirect_stdout / redirect_stderr: print and sys.stdout/stderr writes into a StringIO
import io
import sys
from contextlib import redirect_stderr, redirect_stdout

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured", 1, 2, sep="-")
    print("second line", end="!\n")
print(target is buf, repr(buf.getvalue()))

err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
    print("still stdout")
print(repr(err.getvalue()))

outer, inner = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print("outer 1")
    with redirect_stdout(inner):
        print("inner")
    print("outer 2")
print(repr(outer.getvalue()), repr(inner.getvalue()))

cm = redirect_stdout(io.StringIO())
for i in range(2):
    with cm as b:
        print("reuse", i)
    print(repr(b.getvalue()))


def noisy():
    print("noisy output")
    return 42


capture = io.StringIO()
with redirect_stdout(capture):
    result = noisy()
print(result, capture.getvalue().strip().upper())
try:
    with redirect_stdout(io.StringIO()):
        print("lost")
        raise RuntimeError("boom")
except RuntimeError as e:
    print("restored after", e)
