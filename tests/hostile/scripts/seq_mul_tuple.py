# expect: MemoryError|OverflowError
x = (1, 2) * (2**60 + 1)
