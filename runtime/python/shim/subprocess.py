# subprocess cannot exist in the Loopscope sandbox (no processes to start): importing it says so.
raise ImportError("subprocess is not available in the Loopscope sandbox: a run cannot start other "
                  "programs. Simulate the work with asyncio.sleep() or run Python code in a thread "
                  "(loop.run_in_executor) instead.")
