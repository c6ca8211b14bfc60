# multiprocessing cannot exist in the Loopscope sandbox (one process, in a page or an app): importing
# it says so and points at what does work.
raise ImportError("multiprocessing is not available in the Loopscope sandbox: a run is one process. "
                  "Use threads (threading, concurrent.futures.ThreadPoolExecutor, "
                  "loop.run_in_executor) or asyncio tasks instead.")
