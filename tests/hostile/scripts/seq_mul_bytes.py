# expect: OverflowError
x = b'abcd' * 2**62
