// playground/app/stub_run_backend.hpp: the stub the Run controls use until the engine is wired in.
#include <doctest/doctest.h>

#include "stub_run_backend.hpp"

using namespace loopscope::app;

TEST_CASE("the stub says it is not connected and reports each action in the console") {
    ConsoleLog console;
    StubRunBackend stub(console);
    CHECK_FALSE(stub.connected());
    CHECK_FALSE(stub.running());
    RunSettings s;
    s.seed = 42;
    s.virtual_time = false;
    s.speed = 0.25f;
    stub.run("print(1)\nprint(2)\n", s);
    REQUIRE(console.size() == 1);
    CHECK(console.line(0).stream == Stream::Info);
    CHECK(console.line(0).text.find("engine not connected yet") != std::string::npos);
    CHECK(console.line(0).text.find("2 lines, real time, seed 42, speed 0.25x") != std::string::npos);
    stub.step("x", RunSettings{});
    CHECK(console.line(1).text.find("1 lines, virtual time, seed 0") != std::string::npos);
    stub.stop();
    CHECK(console.size() == 3);
    CHECK_FALSE(stub.running());
}
