# expect: ok|RecursionError|MemoryError
exec('x = ' + '-' * 100000 + '1')
print('ok')
