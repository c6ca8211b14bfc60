# expect: ok
# CPython 3.11's tuple hash (patch 0292) recurses into items: a tuple nested 200000 deep is a
# RecursionError for hash(), a set, a dict key and `in`, never a crash (CPython itself overflows
# its C stack here).
t = ()
for i in range(200000):
    t = (t, i)
for use in (hash, lambda x: {x}, lambda x: {x: 1}, lambda x: x in {(1, 2)}, lambda x: frozenset([x])):
    try:
        use(t)
        print("hashed")
    except RecursionError:
        print("RecursionError")
# bad ExceptionGroup arguments are exceptions, not crashes
for bad in ([], "", None, 5, [1], [ValueError, 2], {ValueError(): 1}):
    try:
        ExceptionGroup("m", bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
print("ok")
