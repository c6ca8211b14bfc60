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

TEST_CASE("the simulated web's host changes are kept as one web= line, only when there are some") {
    using loopscope::playground::WebFail;
    RunSettings s;
    CHECK(serialize_run_settings(s).find("web=") == std::string::npos);
    loopscope::playground::set_web_change(s.web_hosts,
                                          {"www.example.com", 2500u, std::nullopt, std::nullopt});
    loopscope::playground::set_web_change(
        s.web_hosts, {"httpbin.org", std::nullopt, std::nullopt, WebFail{WebFail::Status, 503}});
    const std::string text = serialize_run_settings(s);
    CHECK(text.find("web=httpbin.org:fail=503;www.example.com:latency_ms=2500\n") != std::string::npos);
    CHECK(parse_run_settings(text).value() == s);
    std::string error;
    CHECK_FALSE(parse_run_settings("web=www.example.com:latency_ms=soon\n", &error));
    CHECK(error.find("web:") == 0);
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
        "step_limit=-1",
        "step_limit=nan",
        "step_limit=86401",
        "step_limit=5s",
        "step_limit=",
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

TEST_CASE("view settings: theme and font size round-trip; bad values are refused with the reason") {
    ViewSettings v;
    CHECK(parse_view_settings(serialize_view_settings(v)).value() == v);
    v.light_theme = true;
    v.font_size = ViewSettings::kMaxFontSize;
    CHECK(serialize_view_settings(v) == "# Loopscope view settings\ntheme=light\nfont_size=32\n");
    CHECK(parse_view_settings(serialize_view_settings(v)).value() == v);
    // Missing keys keep the defaults; unknown ones (a newer version's) are skipped.
    CHECK(parse_view_settings("theme=light\r\nzoom=2\n").value().font_size == ViewSettings{}.font_size);
    std::string error;
    CHECK_FALSE(parse_view_settings("theme=blue\n", &error).has_value());
    CHECK(error.find("theme must be dark or light") != std::string::npos);
    for (const char* bad : {"font_size=9\n", "font_size=33\n", "font_size=\n", "font_size=12px\n"}) {
        error.clear();
        CHECK_FALSE(parse_view_settings(bad, &error).has_value());
        CHECK(error.find("font_size must be a whole number from 10 to 32") != std::string::npos);
    }
    error.clear();
    CHECK_FALSE(parse_view_settings("light\n", &error).has_value());
    CHECK(error == "line 1 is not key=value");
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
    // The view settings: their own file beside it.
    CHECK_FALSE(load_view_settings().has_value());
    ViewSettings v;
    v.light_theme = true;
    v.font_size = 20;
    REQUIRE_MESSAGE(store_view_settings(v, &error), error);
    CHECK(load_view_settings().value() == v);
    CHECK(std::filesystem::exists(dir / "loopscope" / "view.txt"));
    std::filesystem::remove_all(dir);
    unsetenv("XDG_STATE_HOME");
}
#endif

TEST_CASE("the step limit: default 60 s, 0 for none, kept exactly") {
    CHECK(RunSettings{}.step_limit == 60.0);
    CHECK(parse_run_settings("").value().step_limit == 60.0);  // files saved before the setting
    for (const double limit : {0.0, 0.5, 5.0, 60.0, 123.25, 86400.0}) {
        RunSettings s;
        s.step_limit = limit;
        const std::string text = serialize_run_settings(s);
        CHECK(text.find("step_limit=") != std::string::npos);
        const auto back = parse_run_settings(text);
        REQUIRE(back.has_value());
        CHECK(back->step_limit == limit);
        CHECK(*back == s);
    }
    std::string error;
    CHECK_FALSE(parse_run_settings("step_limit=-2\n", &error).has_value());
    CHECK(error.find("step_limit") != std::string::npos);
}
