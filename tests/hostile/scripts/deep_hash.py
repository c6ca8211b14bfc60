# expect: RecursionError
# args: --virtual-time --step-limit 25
t = ()
for _ in range(10**6):
    t = (t,)
hash(t)
