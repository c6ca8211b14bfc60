# expect: ValueError
# The key grows the list being sorted: CPython's "list modified during sort", never freed memory.
xs = list(range(100))
def key(x):
    xs.append(x)
    return -x
try:
    xs.sort(key=key)
finally:
    assert sorted(xs[:100]) == list(range(100)), xs[:10]
