// playground/script_host/script_host.hpp: the run's state (running, paused, pace) has one owner,
// the ScriptHost; driven here as the desktop's frame loop drives it (on_frame).
#include <doctest/doctest.h>

#include <chrono>
#include <cmath>
#include <string>
#include <thread>
#include <vector>

#include "script_host.hpp"

using loopscope::playground::RunSettings;
using loopscope::playground::ScriptHost;

namespace {

const char* kScript = R"(import asyncio

async def tick(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0.5)

asyncio.run(tick(3))
)";

// Frames (1 ms apart, as a paced run needs real time to pass) until the run ends; at most 10 s, so
// a hung run fails the test instead of hanging the suite.
void run_frames(ScriptHost& host) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (host.running() && std::chrono::steady_clock::now() < deadline) {
        host.on_frame();
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}

}  // namespace

TEST_CASE("a virtual-time run goes to its end on the frames, fast-forward, and reports once") {
    ScriptHost host;
    int finished = 0;
    std::string streamed;
    host.add_output_listener([&](int stream, std::string_view text) {
        if (stream == 0) streamed += text;
    });
    RunSettings settings;  // virtual time, seed 0
    host.start(kScript, "main.py", settings, [&](const loopscope::python::RunResult& r) {
        ++finished;
        CHECK(r.ok);
    });
    CHECK(host.running());
    CHECK_FALSE(host.paused());
    CHECK(std::isinf(host.speed()));
    run_frames(host);
    CHECK_FALSE(host.running());
    CHECK(finished == 1);
    CHECK(host.out() == "tick 0\ntick 1\ntick 2\n");
    CHECK(streamed == host.out());
    CHECK(host.recording().size() > 0);
    CHECK(host.time() == 0.0);  // nothing runs
}

TEST_CASE("a paused start runs nothing until stepped; resume continues at the settings' pace") {
    ScriptHost host;
    RunSettings real_time;
    real_time.virtual_time = false;  // 1x: paused, the run still keeps a clock that stands still
    host.start(kScript, "main.py", real_time, {}, /*paused=*/true);
    CHECK(host.paused());
    CHECK(host.speed() == 0.0);
    for (int i = 0; i < 5; ++i) host.on_frame();
    CHECK(host.out().empty());
    CHECK(host.recording().size() == 0);

    // Each step runs one callback: the main program first, then the loop's callbacks.
    int steps = 0;
    while (host.out().empty() && steps < 50) {
        host.step();
        ++steps;
    }
    CHECK(host.out() == "tick 0\n");
    CHECK(host.paused());
    const std::size_t events = host.recording().size();
    for (int i = 0; i < 5; ++i) host.on_frame();  // still paused: frames run nothing
    CHECK(host.recording().size() == events);
    CHECK(host.time() == 0.0);  // the clock stood still

    RunSettings fast;
    fast.virtual_time = false;
    fast.speed = 4.0f;
    host.resume(fast);
    CHECK_FALSE(host.paused());
    CHECK(host.speed() == 4.0);
    run_frames(host);  // 1 s of sleeps at 4x: about 0.25 s
    CHECK_FALSE(host.running());
    CHECK(host.out() == "tick 0\ntick 1\ntick 2\n");
}

TEST_CASE("stop ends a paused run: not paused, nothing more runs, the result says why") {
    ScriptHost host;
    int finished = 0;
    host.start(
        kScript, "main.py", RunSettings{}, [&](const loopscope::python::RunResult&) { ++finished; },
        /*paused=*/true);
    host.step();
    host.stop();
    CHECK_FALSE(host.running());
    CHECK_FALSE(host.paused());
    CHECK(finished == 0);  // `finished` is for runs that end on their own
    CHECK(host.last_result().error_type == "Stopped");
    CHECK(host.err().find("[stopped]") != std::string::npos);
    host.on_frame();  // nothing to drive
    host.step();      // nor to step
    CHECK_FALSE(host.running());

    // The next start begins afresh: output and recording of the new run only.
    host.start("print('again')\n", "main.py", RunSettings{});
    run_frames(host);
    CHECK(host.out() == "again\n");
    CHECK(host.err().empty());
}

TEST_CASE("the seed reaches the script's random module; unset under virtual time means 0") {
    const char* script = "import random\nprint(random.randint(0, 10**9))\n";
    auto first_line = [&](RunSettings s) {
        ScriptHost host;
        host.start(script, "main.py", s);
        run_frames(host);
        return host.out();
    };
    RunSettings seeded;
    seeded.seed = 7;
    RunSettings zero;
    RunSettings unset;
    unset.seed.reset();
    CHECK(first_line(seeded) == first_line(seeded));
    CHECK(first_line(seeded) != first_line(zero));
    CHECK(first_line(unset) == first_line(zero));
}

TEST_CASE("a script that awaits at top level runs as in a notebook, and the host says so") {
    ScriptHost host;
    std::vector<std::string> notices;
    host.add_notice_listener([&](std::string_view line) { notices.emplace_back(line); });
    bool ok = false;
    host.start(
        "import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n    return 'cell done'\n\n"
        "print(await main())\n",
        "main.py", RunSettings{}, [&](const loopscope::python::RunResult& r) { ok = r.ok; });
    run_frames(host);
    CHECK(ok);
    CHECK(host.out() == "cell done\n");
    REQUIRE(notices.size() == 1);
    CHECK(notices[0] == loopscope::playground::kToplevelAwaitNotice);
    // An ordinary script: no notice.
    host.start(kScript, "main.py", RunSettings{});
    run_frames(host);
    CHECK(host.out() == "tick 0\ntick 1\ntick 2\n");
    CHECK(notices.size() == 1);
}

// The Network panel's side of the host: the engine's table, the changes a run gets, its requests.
TEST_CASE("the simulated web: the engine's table, a changed latency and failure, the requests per host") {
    using loopscope::playground::WebFail;
    ScriptHost host;
    const auto& table = host.web_table();
    REQUIRE(table.size() >= 7);
    bool example = false;
    for (const auto& h : table)
        if (h.name == "www.example.com") {
            example = true;
            CHECK(h.latency == doctest::Approx(0.4));
            CHECK(h.fail.kind == WebFail::Answers);
        }
    CHECK(example);

    const char* script = R"(import time, requests
start = time.time()
for _ in range(3):
    r = requests.get('https://www.example.com/')
print(r.status_code, round(time.time() - start, 1))
try:
    requests.get('https://httpbin.org/get')
except requests.ConnectionError as e:
    print('refused' if 'Connection refused' in str(e) else e)
print(requests.get('https://python.org/').status_code)
)";
    RunSettings settings;
    loopscope::playground::set_web_change(settings.web_hosts, {"www.example.com", 2000u, 0u, std::nullopt});
    loopscope::playground::set_web_change(
        settings.web_hosts, {"httpbin.org", std::nullopt, std::nullopt, WebFail{WebFail::Refused, 0}});
    loopscope::playground::set_web_change(
        settings.web_hosts, {"python.org", std::nullopt, std::nullopt, WebFail{WebFail::Status, 503}});
    host.start(script, "main.py", settings);
    CHECK(host.web_table().size() == table.size());  // asked once; not again during a run
    run_frames(host);
    CHECK(host.out() == "200 6.0\nrefused\n503\n");  // three requests of 2 s each, on the virtual clock
    loopscope::playground::WebRequestTally requests;
    host.web_requests(requests);
    REQUIRE(requests.count("www.example.com") == 1);
    CHECK(requests.at("www.example.com").count == 3);
    CHECK(requests.at("www.example.com").last == "200");
    CHECK(requests.at("httpbin.org").count == 1);
    CHECK(requests.at("httpbin.org").last == "refused");
    CHECK(requests.at("python.org").last == "503");

    // Without the changes: the table's latencies (0.40-0.72 s), and the tally starts again.
    host.start(script, "main.py", RunSettings{});
    run_frames(host);
    CHECK(host.out().rfind("200 ", 0) == 0);
    CHECK(host.out() != "200 6.0\nrefused\n503\n");
    host.web_requests(requests);
    CHECK(requests.at("httpbin.org").last == "200");
    // python.org answers 301 to https://www.python.org/, another host of the table.
    CHECK(requests.at("python.org").last == "301");
    CHECK(requests.at("www.python.org").last == "200");
}

TEST_CASE("a change to a host the engine lacks is left out with a notice; the others apply") {
    ScriptHost host;
    std::string notices;
    host.add_notice_listener([&](std::string_view line) { notices.append(line).append("\n"); });
    RunSettings settings;
    loopscope::playground::set_web_change(settings.web_hosts,
                                          {"no-such.example", 1000u, std::nullopt, std::nullopt});
    loopscope::playground::set_web_change(settings.web_hosts, {"www.example.com", 1000u, 0u, std::nullopt});
    host.start(
        "import time, requests\nt = time.time()\nrequests.get('http://www.example.com')\n"
        "print(round(time.time() - t, 2))\n",
        "main.py", settings);
    run_frames(host);
    CHECK(notices.find("no host no-such.example") != std::string::npos);
    CHECK(host.out() == "1.0\n");
    CHECK(host.err().empty());
}
