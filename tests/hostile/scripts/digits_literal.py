# expect: SyntaxError
# CPython 3.11: "Exceeds the limit (4300 digits) for integer string conversion" (it took 35 s).
exec('x = ' + '1' * 1000000)
