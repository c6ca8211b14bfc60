# expect: MemoryError
# 4096 references to one 1 MiB string: 4 GiB, which wraps a 32-bit size.
part = 'x' * 2**20
s = ''.join([part] * 4096)
