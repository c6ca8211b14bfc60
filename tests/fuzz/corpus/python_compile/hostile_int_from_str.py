# expect: ValueError
assert len(str(int('9' * 4300))) == 4300
try:
    str(10 ** 4300)
except ValueError as e:
    assert 'Exceeds the limit (4300 digits)' in str(e), e
else:
    raise AssertionError('no limit')
int('1' * 5000)
