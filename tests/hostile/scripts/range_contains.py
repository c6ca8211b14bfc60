# expect: ok|OverflowError
# -1 in range(10**18) is arithmetic, not 10^18 comparisons.
print(-1 in range(2**31 - 1), 2**29 in range(0, 2**31 - 1, 2))
# (not a machine word in wasm: OverflowError there)
print(-1 in range(10**18), 10**17 in range(0, 10**18, 3))
print("ok")
