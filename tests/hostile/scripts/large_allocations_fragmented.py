# expect: ok
# Many large allocations (lists of 100 items: 800 bytes natively, 400 in wasm) in a heap full of
# small holes: each one scanned the whole fragmented part for a long enough run of free blocks
# (patch 0328), 80000 of them took minutes. Strings and bytes of several sizes ask for runs of
# every class, and dropping half of them leaves holes of each size behind.
holes = []
for i in range(200000):
    holes.append([i, i + 1])
    if i % 2 == 0:
        holes[-1] = None

big = []
for i in range(80000):
    big.append([0] * 100)
print(len(big), sum(len(x) for x in big))

blobs = []
for i in range(20000):
    blobs.append(b"x" * (600 + (i % 7) * 300))
    blobs.append("y" * (1000 + (i % 5) * 700))
    if i % 3 == 0:
        blobs[-2] = None
print(len(blobs), sum(len(b) for b in blobs if b is not None))
print("ok")
