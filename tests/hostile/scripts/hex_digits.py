# expect: ok|StepLimitExceeded
# Power-of-two bases have no digit limit: the conversion ends or the watchdog stops it.
x = int('f' * 1000000, 16)
print('ok')
