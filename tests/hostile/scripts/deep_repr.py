# expect: RecursionError
# args: --virtual-time --step-limit 25
d = {}
for _ in range(10**6):
    d = {1: d}
repr(d)
