# repr(memoryview) is CPython's "<memory at 0x...>" (the address varies: only its form is printed).
import re

m = memoryview(b"abc")
r = repr(m)
print(re.fullmatch(r"<memory at 0x[0-9a-f]+>", r) is not None, str(m) == r, r.startswith("<memory at "))
print(m[1:].tobytes(), len(m), repr(m[1:]).startswith("<memory at 0x"))
