// RunResult: how a script run ended (what the CLI prints and exits with).
#pragma once
#include <string>

namespace loopscope::python {

struct RunResult {
    // True if the script ran to its end (or called sys.exit(0)).
    bool ok = true;
    // The process exit status CPython would use: 0, 1 for an uncaught exception, sys.exit(n)'s n.
    int exit_code = 0;
    // The uncaught exception, if any: its type name ("ValueError"), str() of it ("boom") and the
    // text CPython writes to stderr ("Traceback (most recent call last):\n  File ...").
    std::string error_type;
    std::string message;
    std::string traceback;
    // Where the error is: the innermost frame's line; for a SyntaxError also the column (1-based,
    // 0 if unknown).
    int line = 0;
    int column = 0;
};

}  // namespace loopscope::python
