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
        if (e.section != kExamplesSection) continue;  // the documents' programs: below
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

TEST_CASE("parse_lessons: documents by prefix, name | title | lesson, comments and bad lines skipped") {
    const auto lessons = parse_lessons(
        "# comment | with | bars\n@seed01 the book chapter 'X'\n\nseed01_a | Title A | Lesson a.\n"
        "not a lesson line\nseed02_b | Title B | Lesson b.\n@seed02 the slides 'Y'\n");
    REQUIRE(lessons.size() == 2);
    CHECK(lessons[0].name == "seed01_a");
    CHECK(lessons[0].title == "Title A");
    CHECK(lessons[0].lesson == "Lesson a.");
    CHECK(lessons[0].document == "the book chapter 'X'");
    CHECK(lessons[1].document.empty());  // its document line comes after it
    CHECK(parse_lessons("").empty());
}

TEST_CASE("the section 'From the documents': the 48 programs, each with its lesson and its document") {
    std::size_t count = 0;
    bool after_examples = false;
    for (const Example& e : examples()) {
        if (e.section == kExamplesSection) {
            CHECK_FALSE(after_examples);  // one section after the other
            continue;
        }
        after_examples = true;
        INFO(std::string(e.name));
        ++count;
        CHECK(e.section == kDocumentsSection);
        CHECK(e.name.substr(0, 4) == "seed");
        CHECK(!e.title.empty());
        CHECK(e.document.substr(0, 4) == "the ");
        // One sentence, then where it comes from.
        const std::size_t from = e.explanation.find("\nFrom " + e.document + ".");
        REQUIRE(from != std::string::npos);
        CHECK(from + std::string("\nFrom ").size() + e.document.size() + 1 == e.explanation.size());
        CHECK(e.explanation[from - 1] == '.');
        CHECK(e.source.size() > 20);
        CHECK(e.source.back() == '\n');
        CHECK(find_example(e.name) == &e);
    }
    CHECK(count == 48);
    const Example* cell = find_example("seed02_await_add_one");
    REQUIRE(cell != nullptr);
    CHECK(cell->source.find("\nawait main()") != std::string_view::npos);  // as the notebook has it
    CHECK(cell->document.find("Asynchronous Programming with Python") != std::string::npos);
    CHECK(find_example("seed03_trio_nursery")->document.find("Sergei Silnov") != std::string::npos);
}
