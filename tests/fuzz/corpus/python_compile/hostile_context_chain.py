# expect: ValueError
# 10^5 exceptions chained by __context__: the traceback printer must neither recurse per link nor
# take long (CPython's own printer crashes here; at most the last 1000 links are printed).
e = None
for i in range(100000):
    try:
        raise ValueError(i)
    except ValueError as x:
        x.__context__ = e
        e = x
raise e
