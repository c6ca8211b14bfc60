# expect: SyntaxError|StepLimitExceeded
# 200k distinct names in one scope: compiling is bounded (the step watchdog sees it) and the 16-bit
# counts of the compiler do not wrap (bytecode named the wrong qstr, then an assertion failed).
exec('\n'.join('x%d = %d' % (i, i) for i in range(200000)))
