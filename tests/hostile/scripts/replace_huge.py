# expect: MemoryError
s = ('a' * 1024).replace('a', 'x' * 2**22)
