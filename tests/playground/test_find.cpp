// playground/editor/find.hpp: find in the editor's buffer.
#include <doctest/doctest.h>

#include "find.hpp"

using namespace loopscope::editor;

TEST_CASE("find_in_line: case, whole words, start offset") {
    CHECK(find_in_line("Task task TASK", "task", 0, {}) == 0);
    CHECK(find_in_line("Task task TASK", "task", 1, {}) == 5);
    CHECK(find_in_line("Task task TASK", "task", 0, {true, false}) == 5);
    CHECK(find_in_line("tasks task", "task", 0, {false, true}) == 6);
    CHECK(find_in_line("my_task", "task", 0, {false, true}) == -1);
    CHECK(find_in_line("abc", "", 0, {}) == -1);
    CHECK(find_in_line("ab", "abc", 0, {}) == -1);
    CHECK(find_in_line("ÉÉ é", "é", 0, {}) == 5);  // no case folding outside ASCII
}

TEST_CASE("find_all lists every match in order, not overlapping, up to a limit") {
    TextBuffer b("aaaa\nxa\n\naa");
    const auto m = find_all(b, "aa");
    REQUIRE(m.size() == 3);
    CHECK(m[0].start == Position{0, 0});
    CHECK(m[1].start == Position{0, 2});
    CHECK(m[2].start == Position{3, 0});
    CHECK(m[2].end == Position{3, 2});
    CHECK(find_all(b, "aa", {}, 2).size() == 2);
    CHECK(find_all(b, "a\nx").empty());  // one line only
    CHECK(find_all(b, "zzz").empty());
}

TEST_CASE("find_next forward and backward, wrapping around") {
    TextBuffer b("sleep one\nno match\nsleep two");
    Range r;
    REQUIRE(find_next(b, "sleep", {0, 1}, true, {}, r));
    CHECK(r.start == Position{2, 0});
    REQUIRE(find_next(b, "sleep", {2, 1}, true, {}, r));  // wraps to the first line
    CHECK(r.start == Position{0, 0});
    REQUIRE(find_next(b, "sleep", {0, 0}, true, {}, r));  // a match right at the position counts
    CHECK(r.start == Position{0, 0});
    REQUIRE(find_next(b, "sleep", {2, 5}, false, {}, r));
    CHECK(r.start == Position{2, 0});
    REQUIRE(find_next(b, "sleep", {2, 4}, false, {}, r));
    CHECK(r.start == Position{0, 0});
    REQUIRE(find_next(b, "sleep", {0, 3}, false, {}, r));  // wraps to the last line
    CHECK(r.start == Position{2, 0});
    CHECK_FALSE(find_next(b, "absent", {0, 0}, true, {}, r));
    CHECK_FALSE(find_next(b, "", {0, 0}, false, {}, r));
    TextBuffer one("x y x");
    REQUIRE(find_next(one, "x", {0, 1}, true, {}, r));
    CHECK(r.start.column == 4);
    REQUIRE(find_next(one, "x", {0, 5}, true, {}, r));
    CHECK(r.start.column == 0);
}
