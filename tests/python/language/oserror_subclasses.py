# OSError(errno, strerror) makes the errno's subclass (PEP 3151), as scripts that simulate I/O
# failures write it; one argument, or an errno without a subclass, stays an OSError.
for args in [(2, "No such file"), (13, "denied"), (17, "exists"), (111, "refused"), (104, "reset"),
             (32, "pipe"), (11, "again"), (110, "timed out"), (5, "io"), (2,), ("text",)]:
    e = OSError(*args)
    print(type(e).__name__, repr(e), isinstance(e, OSError))
try:
    raise OSError(2, "No such file or directory", "data.csv")
except FileNotFoundError as e:
    print("caught", type(e).__name__, e.errno, e.strerror, e.filename)
# errno and strerror: from (errno, strerror, ...) only; None for an OSError made with a message.
for e in [OSError("disk full"), ConnectionError("lost"), OSError(104, "reset"), TimeoutError("slow"), OSError(2),
          OSError(2, "gone", "f.txt", 0, "g.txt")]:
    print(type(e).__name__, e.errno, e.strerror, e.args)
try:
    raise ConnectionRefusedError("server said no")
except OSError as e:
    print("caught", repr(e), e.errno)
