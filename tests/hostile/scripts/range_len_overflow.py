# expect: ok|OverflowError
# len() of ranges whose stop - start overflows (SIGFPE: MIN / -1); in wasm the first one is not a
# machine word (OverflowError), the second is.
print(len(range(-2**30, 2**30, -1)))
print(len(range(-2**62, 2**62, -1)))
print("ok")
