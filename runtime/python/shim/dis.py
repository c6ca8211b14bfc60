# dis cannot exist in the Loopscope sandbox: importing it says so.
raise ImportError("dis is not available in the Loopscope sandbox: its engine, MicroPython, compiles Python to "
                  "MicroPython bytecode, not CPython's, so there is no CPython bytecode to show.")
