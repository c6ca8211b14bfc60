# expect: MemoryError
# 2**30 + 1 items of 4 bytes wrap a 32-bit size to 4 bytes (wasm trapped "memory access out of bounds").
x = [0] * (2**30 + 1)
