# expect: StepLimitExceeded
while True:
    pass
