# expect: MemoryError
# args: --virtual-time --step-limit 25
xs = []
while True:
    xs.append(' ' * 10**7 + str(len(xs)))
