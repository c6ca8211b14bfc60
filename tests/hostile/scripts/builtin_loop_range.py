# expect: StepLimitExceeded
# max() over ranges runs in C: the range iterator counts against the step limit.
# One native loop (max over map over ranges; no bytecode, no allocation), valid on 32-bit wasm too.
print(max(map(max, [range(2**31 - 1)] * 20)))
print('ok')
