# expect: RecursionError
# split() of an exception group nested 10^5 deep.
e = ValueError()
for i in range(10**5):
    e = ExceptionGroup("g", [e])
e.split(ValueError)
