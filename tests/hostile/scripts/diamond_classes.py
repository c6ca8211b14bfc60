# expect: StepLimitExceeded
# Class creation over 34 levels of diamonds walks an exponential number of base paths: the
# walk counts against the step limit.
cls = object
for i in range(34):
    cls = type("D", (type("A", (cls,), {}), type("B", (cls,), {})), {})
print("built")
