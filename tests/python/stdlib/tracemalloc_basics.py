# tracemalloc turned on and off as scripts do (asyncio's "Enable tracemalloc" advice): tracing state,
# traced memory that grows with what the script allocates, and take_snapshot's error when off.
import tracemalloc
print(tracemalloc.is_tracing())
tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
data = [str(i) * 10 for i in range(10000)]
current, peak = tracemalloc.get_traced_memory()
print(current > 100_000, peak >= current)
del data
tracemalloc.reset_peak()
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
