# expect: MemoryError
# A float format precision of 2**31: refused before libc spends minutes making the text.
print(len('{:.2147483647g}'.format(1.0)))
