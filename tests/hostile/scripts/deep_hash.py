# expect: RecursionError
t = ()
for _ in range(10**6):
    t = (t,)
hash(t)
