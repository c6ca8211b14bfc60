// playground/app/console_log.hpp: the Console panel's model.
#include <doctest/doctest.h>

#include "console_log.hpp"

using namespace loopscope::app;

TEST_CASE("output arriving in pieces forms whole lines, per stream") {
    ConsoleLog log;
    log.write(Stream::Stdout, "Hel");
    log.write(Stream::Stderr, "warning\n");
    log.write(Stream::Stdout, "lo\nworld\n");
    REQUIRE(log.size() == 3);
    CHECK(log.line(0).text == "Hello");
    CHECK(log.line(0).stream == Stream::Stdout);
    CHECK(log.line(1).text == "warning");
    CHECK(log.line(1).stream == Stream::Stderr);
    CHECK(log.line(2).text == "world");
    CHECK(log.text() == "Hello\nwarning\nworld\n");
}

TEST_CASE("empty lines, info lines, clear and the version counter") {
    ConsoleLog log;
    const auto v0 = log.version();
    log.write(Stream::Stdout, "\n\n");
    CHECK(log.size() == 2);
    CHECK(log.line(1).text.empty());
    log.info("note");
    CHECK(log.line(2).stream == Stream::Info);
    CHECK(log.version() > v0);
    log.clear();
    CHECK(log.size() == 0);
    log.write(Stream::Stdout, "x");
    CHECK(log.size() == 1);
}

TEST_CASE("the log keeps at most max_lines, dropping the oldest") {
    ConsoleLog log(3);
    for (int i = 0; i < 5; ++i) log.write(Stream::Stdout, std::to_string(i) + "\n");
    REQUIRE(log.size() == 3);
    CHECK(log.line(0).text == "2");
    CHECK(log.dropped() == 2);
    log.write(Stream::Stderr, "open");       // an open line...
    log.write(Stream::Stdout, "a\nb\nc\n");  // ...dropped by later lines
    log.write(Stream::Stderr, " more\n");    // starts a new line instead of writing into a dropped one
    CHECK(log.line(log.size() - 1).text == " more");
    CHECK(log.size() == 3);
}

TEST_CASE("traceback lines that point into the editor's script") {
    CHECK(traceback_line("  File \"main.py\", line 12, in main", "main.py") == 12);
    CHECK(traceback_line("  File \"/tmp/x/main.py\", line 3", "main.py") == 3);
    CHECK(traceback_line("  File \"<stdin>\", line 7, in <module>", "main.py") == 7);
    CHECK(traceback_line("  File \"asyncio/tasks.py\", line 12, in run", "main.py") == 0);
    CHECK(traceback_line("Traceback (most recent call last):", "main.py") == 0);
    CHECK(traceback_line("  File \"main.py\", line x", "main.py") == 0);
    CHECK(traceback_line("  File \"main.py", "main.py") == 0);
    CHECK(traceback_line("print('File \"main.py\", line 5')", "main.py") ==
          5);  // looks the same: fine to jump
}
