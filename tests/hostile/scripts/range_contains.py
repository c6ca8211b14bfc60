# expect: ok|OverflowError
# -1 in range(10**18) is arithmetic, not 10^18 comparisons.
print(-1 in range(2**31 - 1), 2**29 in range(0, 2**31 - 1, 2))
# 2**30 is a long int in wasm (31-bit small ints): still arithmetic, and a long int past a word is
# outside any range.
print(2**30 in range(2**31 - 1), 2**30 + 1 in range(0, 2**31 - 1, 2), 10**30 in range(10))
# (not a machine word in wasm: OverflowError there)
print(-1 in range(10**18), 10**17 in range(0, 10**18, 3))
print("ok")
