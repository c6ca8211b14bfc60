# expect: ok
# args: --virtual-time --step-limit 25
# A long script: the parser grew its node chunk one node at a time and its result stack by a fixed
# step (patch 0357), each growth recounting or copying what it held, so 200,000 lines took seconds
# and more ran into the step limit. Now they compile in about as long as CPython takes.
import time

for lines in (100000, 200000):
    source = "\n".join("total = %d" % i for i in range(lines))
    namespace = {}
    exec(compile(source, "long.py", "exec"), namespace)
    print(lines, namespace["total"])
print("ok")
