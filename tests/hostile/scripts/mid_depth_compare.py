# expect: ok|RecursionError
# 2000 levels: within the native C stack, past V8's in wasm (where `<` crashed the module with a
# RangeError while the C stack check had not fired yet). Either an answer or RecursionError.
a = []
b = []
for _ in range(2000):
    a = [a]
    b = [b]
print(a == b, a < b, hash((((),),)) == hash((((),),)))
h = ()
for _ in range(2000):
    h = (h,)
hash(h)
print('ok')
