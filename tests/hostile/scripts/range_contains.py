# expect: ok
# -1 in range(10**18) is arithmetic, not 10^18 comparisons.
print(-1 in range(10**18), 10**17 in range(0, 10**18, 3))
print("ok")
