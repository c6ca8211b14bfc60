# expect: ok
# args: --step-limit 25
# 43 daemon threads spinning in `while True: pass`: the main thread still gets the GIL at once
# after each sleep (it goes first): 100 sleeps of 1 ms took 16 s, now well under 1 s (real time).
import threading
import time


def spin():
    while True:
        pass


for _ in range(43):
    try:
        threading.Thread(target=spin, daemon=True).start()
    except RuntimeError:  # the browser build runs at most 4 threads: as many as it has
        break
start = time.monotonic()
for _ in range(100):
    time.sleep(0.001)
elapsed = time.monotonic() - start
print("ok" if elapsed < 10 else "main thread starved: %.1f s" % elapsed)
