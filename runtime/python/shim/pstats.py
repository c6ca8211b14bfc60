# pstats cannot exist in the Loopscope sandbox: importing it says so.
raise ImportError("pstats is not available in the Loopscope sandbox: its engine, MicroPython, has no "
                  "profiling hooks (sys.setprofile) to count calls with; time sections with "
                  "time.perf_counter() instead (virtual under --virtual-time).")
