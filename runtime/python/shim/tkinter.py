# tkinter cannot exist in the Loopscope sandbox (no windowing system for a script): importing it says so.
raise ImportError("tkinter is not available in the Loopscope sandbox: a script has no windows of its "
                  "own; print() what it would show (the timeline shows the tasks).")
