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
