// playground/script_host/run_settings.hpp: a "# realtime" first line asks for the real clock.
#include <doctest/doctest.h>

#include "run_settings.hpp"

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
