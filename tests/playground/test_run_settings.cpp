// playground/script_host/run_settings.hpp: a "# realtime" first line asks for the real clock; the
// console hint for scripts written for asyncio of Python 3.7.
#include <doctest/doctest.h>

#include "run_settings.hpp"

using loopscope::playground::RunSettings;
using loopscope::playground::script_wants_real_time;

TEST_CASE("only a first line that is exactly '# realtime' asks for real time") {
    CHECK(script_wants_real_time("# realtime\nimport asyncio\n"));
    CHECK(script_wants_real_time("# realtime"));
    CHECK(script_wants_real_time("# realtime  \r\nx = 1\n"));
    CHECK_FALSE(script_wants_real_time(""));
    CHECK_FALSE(script_wants_real_time("import asyncio\n# realtime\n"));  // the first line only
    CHECK_FALSE(script_wants_real_time("# realtime please\n"));
    CHECK_FALSE(script_wants_real_time("#realtime\n"));
    CHECK_FALSE(script_wants_real_time("\n# realtime\n"));
}

TEST_CASE("a 3.11 run that fails as 3.7-era asyncio code does gets the hint; others do not") {
    using loopscope::playground::legacy_asyncio_hint;
    const RunSettings now;
    RunSettings old;
    old.asyncio_version = 307;
    const char* const coroutine = "module 'asyncio' has no attribute 'coroutine'";
    const char* const wait = "Passing coroutines is forbidden, use tasks explicitly.";
    CHECK(legacy_asyncio_hint(now, "AttributeError", coroutine).find("asyncio 3.7") !=
          std::string_view::npos);
    CHECK_FALSE(legacy_asyncio_hint(now, "TypeError", wait).empty());
    CHECK_FALSE(
        legacy_asyncio_hint(now, "TypeError", "sleep() got an unexpected keyword argument 'loop'").empty());
    CHECK(legacy_asyncio_hint(old, "AttributeError", coroutine).empty());  // already on 3.7
    CHECK(legacy_asyncio_hint(now, "AttributeError", "module 'asyncio' has no attribute 'corutine'").empty());
    CHECK(legacy_asyncio_hint(now, "ValueError", wait).empty());
}

// ---- the simulated web's host changes (web_hosts.hpp) --------------------------------------------

using loopscope::playground::WebFail;
using loopscope::playground::WebHost;
using loopscope::playground::WebHostChange;
using loopscope::playground::WebHostChanges;

TEST_CASE("RunSettings compare their web host changes") {
    RunSettings a, b;
    CHECK(a == b);
    loopscope::playground::set_web_change(b.web_hosts,
                                          {"www.example.com", 2500u, std::nullopt, std::nullopt});
    CHECK(a != b);
    loopscope::playground::set_web_change(b.web_hosts,
                                          {"www.example.com", std::nullopt, std::nullopt, std::nullopt});
    CHECK(b.web_hosts.empty());  // a change of nothing is no change
    CHECK(a == b);
}

TEST_CASE("set_web_change keeps one sorted entry per host") {
    WebHostChanges c;
    loopscope::playground::set_web_change(c, {"xkcd.com", 1u, std::nullopt, std::nullopt});
    loopscope::playground::set_web_change(
        c, {"httpbin.org", std::nullopt, std::nullopt, WebFail{WebFail::Timeout, 0}});
    loopscope::playground::set_web_change(c, {"xkcd.com", 7u, 8u, std::nullopt});
    REQUIRE(c.size() == 2);
    CHECK(c[0].host == "httpbin.org");
    CHECK(*c[1].latency_ms == 7);
    CHECK(*c[1].jitter_ms == 8);
    CHECK(loopscope::playground::validate_web_changes(c).empty());
    CHECK(loopscope::playground::find_web_change(c, "httpbin.org") == &c[0]);
    CHECK(loopscope::playground::find_web_change(c, "python.org") == nullptr);
}

TEST_CASE("the text form round trips and names what is wrong") {
    WebHostChanges c;
    loopscope::playground::set_web_change(
        c, {"httpbin.org", std::nullopt, std::nullopt, WebFail{WebFail::Status, 503}});
    loopscope::playground::set_web_change(c, {"www.example.com", 2500u, 0u, WebFail{WebFail::Refused, 0}});
    const std::string text = loopscope::playground::format_web_changes(c);
    CHECK(text == "httpbin.org:fail=503;www.example.com:latency_ms=2500,jitter_ms=0,fail=refused");
    const auto back = loopscope::playground::parse_web_changes(text);
    REQUIRE(back);
    CHECK(*back == c);
    CHECK(loopscope::playground::parse_web_changes("")->empty());
    std::string error;
    CHECK_FALSE(loopscope::playground::parse_web_changes("www.example.com", &error));
    CHECK(error.find("host:field=value") != std::string::npos);
    CHECK_FALSE(loopscope::playground::parse_web_changes("a.b:latency_ms=-1", &error));
    CHECK(error.find("a.b") != std::string::npos);
    CHECK_FALSE(loopscope::playground::parse_web_changes("a.b:fail=700", &error));
    CHECK_FALSE(loopscope::playground::parse_web_changes("a.b:colour=red", &error));
    CHECK_FALSE(loopscope::playground::parse_web_changes("b.c:fail=dns;a.b:fail=dns", &error));
    CHECK(error.find("sorted") != std::string::npos);
    CHECK_FALSE(loopscope::playground::parse_web_changes("a.b:latency_ms=3600001", &error));
    CHECK_FALSE(loopscope::playground::parse_web_changes("A.b:fail=dns", &error));
}

TEST_CASE("the engine gets loopscope.web.configure()'s argument as JSON") {
    WebHostChanges c;
    CHECK(loopscope::playground::web_changes_json(c).empty());
    loopscope::playground::set_web_change(c,
                                          {"httpbin.org", 40u, std::nullopt, WebFail{WebFail::Status, 500}});
    loopscope::playground::set_web_change(c, {"python.org", std::nullopt, 0u, WebFail{WebFail::Answers, 0}});
    loopscope::playground::set_web_change(c, {"www.example.com", 2500u, 1000u, WebFail{WebFail::Timeout, 0}});
    CHECK(loopscope::playground::web_changes_json(c) ==
          "{\"httpbin.org\": {\"latency\": 0.04, \"fail\": 500}, \"python.org\": {\"jitter\": 0, \"fail\": "
          "null}, "
          "\"www.example.com\": {\"latency\": 2.5, \"jitter\": 1, \"fail\": \"timeout\"}}");
}

TEST_CASE("the engine's table, read from its probe's lines, with the changes applied") {
    const auto table = loopscope::playground::parse_web_table(
        "example.com 0.4 0.32 answers\nhttpbin.org 0.2 0.15 503\nwww.python.org 0.12 0.1 refused\n");
    REQUIRE(table.size() == 3);
    CHECK(table[1].fail == WebFail{WebFail::Status, 503});
    CHECK(table[2].fail.kind == WebFail::Refused);
    CHECK(loopscope::playground::parse_web_table("Traceback (most recent call last):\n").empty());
    WebHostChanges c;
    loopscope::playground::set_web_change(c, {"example.com", 1500u, std::nullopt, WebFail{WebFail::Dns, 0}});
    const auto changed = loopscope::playground::apply_web_changes(table, c);
    CHECK(changed[0].latency == doctest::Approx(1.5));
    CHECK(changed[0].jitter == doctest::Approx(0.32));
    CHECK(changed[0].fail.kind == WebFail::Dns);
    CHECK(changed[1].latency == doctest::Approx(0.2));
}
