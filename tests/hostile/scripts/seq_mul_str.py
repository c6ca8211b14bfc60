# expect: OverflowError
# CPython: "repeated string is too long" (the length passes the largest signed size).
x = 'abcd' * 2**62
