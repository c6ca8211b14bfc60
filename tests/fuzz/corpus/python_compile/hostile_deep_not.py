# expect: ok|RecursionError|MemoryError
# Nesting without brackets: compiled, or a clear error (CPython: MemoryError from its parser).
exec('x = ' + 'not ' * 100000 + '1')
print('ok')
