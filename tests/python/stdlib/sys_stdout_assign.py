# sys.stdout / sys.stderr assigned by the script: print() and writes follow them, __stdout__ stays
import contextlib
import io
import sys


class Upper:
    def __init__(self, target):
        self.target = target
        self.writes = 0

    def write(self, text):
        self.writes += 1
        return self.target.write(text.upper())

    def flush(self):
        pass


buffer = io.StringIO()
sys.stdout = buffer
print("one", 2, sep="-", end="!\n")
sys.stdout.write("two\n")
sys.stdout = sys.__stdout__
print("captured:", repr(buffer.getvalue()))

shout = Upper(sys.stdout)
sys.stdout = shout
print("quiet words")
sys.stdout = sys.__stdout__
print("writes:", shout.writes, sys.stdout is sys.__stdout__)

errors = io.StringIO()
sys.stderr = errors
print("to stderr", file=sys.stderr)
sys.stderr = sys.__stderr__
print("stderr held:", repr(errors.getvalue()))

with contextlib.redirect_stdout(io.StringIO()) as inner:
    print("inside redirect")
    saved = sys.stdout
print("redirect held:", repr(inner.getvalue()), saved is inner, sys.stdout is sys.__stdout__)

import asyncio


async def chatty(n):
    await asyncio.sleep(0.1 * n)
    print("task", n)

async def main():
    await asyncio.gather(chatty(2), chatty(1))

log = io.StringIO()
sys.stdout = log
asyncio.run(main())
sys.stdout = sys.__stdout__
print(log.getvalue().split("\n"))
