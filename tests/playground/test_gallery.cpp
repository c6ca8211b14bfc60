// playground/gallery/gallery.hpp: the embedded examples and their docstring headers.
#include <doctest/doctest.h>

#include "gallery.hpp"

using namespace loopscope::gallery;

TEST_CASE("parse_header: title, explanation paragraphs, leading comments") {
    const Header h = parse_header(
        "# realtime\n\n\"\"\"Title here\n\nFirst line\nsecond line.\n\nNext paragraph.\n\"\"\"\nimport x\n");
    CHECK(h.title == "Title here");
    CHECK(h.explanation == "First line second line.\nNext paragraph.");
    const Header single = parse_header("'''\n  Only a title\n'''");
    CHECK(single.title == "Only a title");
    CHECK(single.explanation.empty());
    CHECK(parse_header("import asyncio\n").title.empty());
    CHECK(parse_header("\"\"\"never closed\n").title.empty());
    CHECK(parse_header("").title.empty());
    CHECK(parse_header("# only a comment").title.empty());
}

TEST_CASE("every embedded example has a name, a title, an explanation of 2-4 sentences and its source") {
    const auto& all = examples();
    REQUIRE(all.size() >= 19);
    for (const Example& e : all) {
        INFO(std::string(e.name));
        CHECK(!e.title.empty());
        CHECK(e.title != e.name);  // a real docstring title
        CHECK(e.explanation.size() > 80);
        CHECK(e.source.find("\"\"\"") != std::string_view::npos);
        CHECK(e.source.back() == '\n');  // the whole file, to its last byte
        CHECK(find_example(e.name) == &e);
    }
    CHECK(all.front().name == "hello");
    REQUIRE(find_example("factorial") != nullptr);
    CHECK(find_example("factorial")->source.find("async def factorial(name, number):") !=
          std::string_view::npos);
    CHECK(find_example("no_such_example") == nullptr);
}
