# expect: StepLimitExceeded|MemoryError
# One native call of minutes: the step watchdog stops it from inside the multiplication.
x = 3 ** 10 ** 8
