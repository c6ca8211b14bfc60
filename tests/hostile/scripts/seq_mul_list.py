# expect: MemoryError|OverflowError
# A list repeated past the address space: the size must not wrap (it was a heap overflow).
x = [0] * (2**61 + 1)
