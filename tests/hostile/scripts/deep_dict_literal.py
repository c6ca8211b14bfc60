# expect: SyntaxError
# CPython: "too many nested parentheses" (the compiler recursed per level; wasm overflowed its stack).
exec('x = ' + '{1:' * 3000 + '1' + '}' * 3000)
