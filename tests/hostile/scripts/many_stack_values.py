# expect: SyntaxError|StepLimitExceeded
exec('x = [' + '0,' * 70000 + ']')
