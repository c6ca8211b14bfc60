# expect: MemoryError|OverflowError
x = [1, 2]
x *= 2**61 + 1
