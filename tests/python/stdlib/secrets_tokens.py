# secrets: session tokens for simulated clients (checked by form: CPython's come from os.urandom).
import secrets
import string

print(len(secrets.token_bytes(16)), len(secrets.token_hex(16)), all(c in string.hexdigits for c in secrets.token_hex()))
token = secrets.token_urlsafe(16)
print(len(token), all(c in string.ascii_letters + string.digits + "-_" for c in token), len(secrets.token_urlsafe()))
print(0 <= secrets.randbelow(10) < 10, secrets.choice("abc") in "abc", 0 <= secrets.randbits(8) < 256)
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"abc", b"abd"), secrets.compare_digest("a", "ab"))
try:
    secrets.randbelow(0)
except ValueError as e:
    print("ValueError:", e)
