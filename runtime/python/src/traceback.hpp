// CPython-style text for a Python exception: the traceback (with source lines of the script being
// run), SyntaxError's caret block, and the final "Type: message" line.
#pragma once
#include <string>

#include "loopscope/python/run_result.hpp"

namespace loopscope::python {

// Fills error_type, message, traceback, line and column of `result` from exception `exc`
// (the interpreter must be alive). `source`/`filename`: the script, for source lines.
void describe_exception(void* exc, const std::string& source, const std::string& filename, RunResult& result);

// Line `n` (1-based) of `source`, without its line break ("" past the end).
std::string source_line(const std::string& source, std::size_t n);
// `s` without leading and trailing spaces and tabs.
std::string trim(const std::string& s);

// Just the text CPython would print for it.
std::string format_exception(void* exc, const std::string& source, const std::string& filename);

}  // namespace loopscope::python
