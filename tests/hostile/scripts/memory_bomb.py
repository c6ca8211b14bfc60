# expect: MemoryError
# args: --virtual-time --step-limit 25
# Large buffers until the heap cap: MemoryError, never a crash.
xs = []
while True:
    xs.append(bytearray(32 * 2**20))
