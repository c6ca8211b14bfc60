// StubRunBackend: the Run controls without an engine. It says in the console and in the toolbar
// that the engine is not connected, and runs nothing. The app starts with it until main.cpp
// installs the EngineRunBackend; UI tests use it.
#pragma once

#include "console_log.hpp"
#include "run_backend.hpp"

namespace loopscope::app {

class StubRunBackend final : public RunBackend {
public:
    explicit StubRunBackend(ConsoleLog& console) : console_(console) {}
    bool connected() const override { return false; }
    bool running() const override { return false; }
    void run(std::string_view script, const RunSettings& settings) override;
    void stop() override;
    void step(std::string_view script, const RunSettings& settings) override;

private:
    ConsoleLog& console_;
};

}  // namespace loopscope::app
