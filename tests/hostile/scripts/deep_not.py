# expect: ok|RecursionError|MemoryError|StepLimitExceeded
# Nesting without brackets: compiled, or a clear error (CPython: MemoryError from its parser).
exec('x = ' + 'not ' * 100000 + '1')
print('ok')
