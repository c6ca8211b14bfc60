# expect: IndentationError
src = ''.join(' ' * i + 'if 1:\n' for i in range(2000)) + ' ' * 2000 + 'pass\n'
exec(src)
