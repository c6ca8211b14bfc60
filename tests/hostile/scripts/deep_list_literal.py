# expect: SyntaxError
exec('x = ' + '[' * 20000 + ']' * 20000)
