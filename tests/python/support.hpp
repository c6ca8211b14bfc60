// Runs a script with output captured.
#pragma once
#include <string>

#include "loopscope/python_engine.hpp"

struct Captured {
    loopscope::python::RunResult result;
    std::string out;
    std::string err;
};

inline Captured run_py(const std::string& source, loopscope::python::EngineOptions options = {}) {
    Captured c;
    options.on_stdout = [&c](std::string_view s) { c.out += s; };
    options.on_stderr = [&c](std::string_view s) { c.err += s; };
    loopscope::python::Engine engine(std::move(options));
    c.result = engine.run(source, "script.py");
    return c;
}
