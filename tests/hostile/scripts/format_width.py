# expect: MemoryError
# A width of 10^11 (past int): CPython's MemoryError, within seconds.
try:
    '{:>99999999999999999999}'.format(1)
except ValueError as e:
    assert 'Too many decimal digits' in str(e), e
assert 'a'.center(-3) == 'a'
'{:>99999999999}'.format(1)
