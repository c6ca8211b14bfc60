# expect: RecursionError
# args: --virtual-time --step-limit 25
a = []
b = []
for _ in range(10**6):
    a = [a]
    b = [b]
a == b
