# expect: ok|RecursionError|MemoryError|StepLimitExceeded
exec('x = ' + '-' * 100000 + '1')
print('ok')
