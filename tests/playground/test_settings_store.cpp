// playground/app/settings_store.hpp: the run settings' autosave text and where it is kept.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <limits>

#include "autosave.hpp"
#include "settings_store.hpp"

using namespace loopscope::app;

TEST_CASE("round trips: every speed of the toolbar, the largest seed, both clocks") {
    for (const float speed : {1.0f, 0.25f, 0.05f, 4.0f, 0.1f, 1000.0f, 1e-6f}) {
        for (const bool vt : {false, true}) {
            RunSettings s;
            s.virtual_time = vt;
            s.speed = speed;
            s.seed = std::numeric_limits<std::uint64_t>::max();
            const auto back = parse_run_settings(serialize_run_settings(s));
            REQUIRE(back.has_value());
            CHECK(*back == s);
            CHECK(back->speed == speed);  // exactly: the combo box matches speeds exactly
        }
    }
    RunSettings zero;
    zero.seed = 0;
    CHECK(parse_run_settings(serialize_run_settings(zero)).value() == zero);
}

TEST_CASE("the text is readable key=value lines") {
    RunSettings s;
    s.virtual_time = false;
    s.seed = 42;
    s.speed = 0.25f;
    const std::string text = serialize_run_settings(s);
    CHECK(text.find("virtual_time=0\n") != std::string::npos);
    CHECK(text.find("seed=42\n") != std::string::npos);
    CHECK(text.find("speed=0.25\n") != std::string::npos);
    CHECK(text.find("asyncio=3.11\n") != std::string::npos);
    s.asyncio_version = 307;
    CHECK(serialize_run_settings(s).find("asyncio=3.7\n") != std::string::npos);
    CHECK(parse_run_settings(serialize_run_settings(s)).value() == s);
}

TEST_CASE("missing keys keep the defaults; comments, blanks, CRLF and unknown keys are skipped") {
    const RunSettings defaults;
    CHECK(parse_run_settings("").value() == defaults);
    const auto s = parse_run_settings("# saved\r\n\r\n  seed = 7 \r\nfuture_key=whatever\r\nspeed=4\r\n");
    REQUIRE(s.has_value());
    CHECK(s->seed == 7);
    CHECK(s->speed == 4.0f);
    CHECK(s->virtual_time == defaults.virtual_time);
    const auto last_line = parse_run_settings("virtual_time=0");  // no final newline
    REQUIRE(last_line.has_value());
    CHECK_FALSE(last_line->virtual_time);
}

TEST_CASE("bad values reject the whole text with a message naming the problem") {
    const char* bad[] = {
        "virtual_time=yes",
        "virtual_time=2",
        "virtual_time=",
        "seed=-1",
        "seed=1.5",
        "seed=abc",
        "seed=",
        "seed=18446744073709551616",  // 2^64
        "speed=0",
        "speed=-1",
        "speed=nan",
        "speed=inf",
        "speed=1001",
        "speed=1x",
        "speed=",
        "asyncio=3.8",
        "asyncio=",
        "just some words",
    };
    for (const char* text : bad) {
        std::string error;
        CHECK_MESSAGE(!parse_run_settings(std::string("seed=3\n") + text + "\n", &error).has_value(), text);
        CHECK_MESSAGE(!error.empty(), text);
    }
    std::string error;
    parse_run_settings("speed=0\n", &error);
    CHECK(error.find("speed") != std::string::npos);
    parse_run_settings("seed=3\nnonsense\n", &error);
    CHECK(error.find("line 2") != std::string::npos);
}

TEST_CASE("the settings file sits next to the autosaved text") {
    CHECK(settings_path("/state", "/home/u") == "/state/loopscope/settings.txt");
    CHECK(settings_path(nullptr, "/home/u") == "/home/u/.local/state/loopscope/settings.txt");
    CHECK(settings_path(nullptr, nullptr).empty());
}

#ifndef __EMSCRIPTEN__  // the web build keeps them in the page's localStorage (browser_playground tests it)
TEST_CASE("store then load through the desktop file (XDG_STATE_HOME pointed at a temporary folder)") {
    const auto dir =
        std::filesystem::temp_directory_path() / ("loopscope_settings_test_" + std::to_string(std::rand()));
    REQUIRE(setenv("XDG_STATE_HOME", dir.string().c_str(), 1) == 0);
    CHECK_FALSE(load_run_settings().has_value());
    RunSettings s;
    s.virtual_time = false;
    s.seed = 99;
    s.speed = 0.05f;
    std::string error;
    REQUIRE_MESSAGE(store_run_settings(s, &error), error);
    CHECK(load_run_settings().value() == s);
    // A damaged file: nothing loads, and the error says why.
    std::filesystem::create_directories(dir / "loopscope");
    REQUIRE(store_file((dir / "loopscope" / "settings.txt").string(), "speed=fast\n", &error));
    error.clear();
    CHECK_FALSE(load_run_settings(&error).has_value());
    CHECK(error.find("speed") != std::string::npos);
    std::filesystem::remove_all(dir);
    unsetenv("XDG_STATE_HOME");
}
#endif
