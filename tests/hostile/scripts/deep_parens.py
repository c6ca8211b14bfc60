# expect: SyntaxError
exec('x = ' + '(' * 40000 + '1' + ')' * 40000)
