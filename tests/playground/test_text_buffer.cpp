// playground/editor/text_buffer.hpp: the editor's text model.
#include <doctest/doctest.h>

#include <random>

#include "text_buffer.hpp"

using loopscope::editor::Position;
using loopscope::editor::Range;
using loopscope::editor::TextBuffer;

namespace loopscope::editor {
doctest::String toString(const Position& p) {
    return ("(" + std::to_string(p.line) + ", " + std::to_string(p.column) + ")").c_str();
}
}  // namespace loopscope::editor

namespace {
void type(TextBuffer& b, std::string_view text) {
    for (char c : text) b.type_text(std::string_view(&c, 1));
}
}  // namespace

TEST_CASE("lines and line endings") {
    TextBuffer b("a\r\nbc\rd\n");
    CHECK(b.line_count() == 4);
    CHECK(b.line(1) == "bc");
    CHECK(b.line(3).empty());
    CHECK(b.text() == "a\nbc\nd\n");
    TextBuffer empty;
    CHECK(empty.line_count() == 1);
    CHECK(empty.text().empty());
}

TEST_CASE("tabs become spaces up to the next tab stop") {
    TextBuffer b("\tx\nab\ty");
    CHECK(b.line(0) == "    x");
    CHECK(b.line(1) == "ab  y");
}

TEST_CASE("typing, and undo of a typed run by words") {
    TextBuffer b;
    type(b, "hello world");
    CHECK(b.text() == "hello world");
    CHECK(b.caret() == Position{0, 11});
    REQUIRE(b.undo());
    CHECK(b.text() == "hello");
    REQUIRE(b.undo());
    CHECK(b.text().empty());
    CHECK_FALSE(b.undo());
    REQUIRE(b.redo());
    REQUIRE(b.redo());
    CHECK(b.text() == "hello world");
    CHECK(b.caret() == Position{0, 11});
    CHECK_FALSE(b.redo());
}

TEST_CASE("a caret move ends the typed run; a new edit clears redo") {
    TextBuffer b;
    type(b, "ab");
    b.move_left();
    type(b, "X");
    CHECK(b.text() == "aXb");
    b.undo();
    CHECK(b.text() == "ab");
    CHECK(b.can_redo());
    type(b, "Y");
    CHECK_FALSE(b.can_redo());
    CHECK(b.text() == "aYb");
}

TEST_CASE("typing replaces the selection as one step") {
    TextBuffer b("one two three");
    b.set_selection({0, 4}, {0, 7});
    CHECK(b.selected_text() == "two");
    type(b, "2");
    CHECK(b.text() == "one 2 three");
    b.undo();
    CHECK(b.text() == "one two three");
    CHECK(b.selected_text() == "two");
}

TEST_CASE("multi-line insert and delete, undo restores text and selection") {
    TextBuffer b("first\nsecond\nthird");
    b.set_selection({0, 2}, {2, 3});
    CHECK(b.selected_text() == "rst\nsecond\nthi");
    b.insert_text("X\nY");
    CHECK(b.text() == "fiX\nYrd");
    CHECK(b.caret() == Position{1, 1});
    b.undo();
    CHECK(b.text() == "first\nsecond\nthird");
    CHECK(b.anchor() == Position{0, 2});
    CHECK(b.caret() == Position{2, 3});
    b.redo();
    CHECK(b.text() == "fiX\nYrd");
}

TEST_CASE("Enter keeps the indentation and indents after a colon") {
    TextBuffer b;
    type(b, "async def main():");
    b.new_line();
    CHECK(b.line(1) == "    ");
    type(b, "for i in range(3):  # loop");
    b.new_line();
    CHECK(b.line(2) == "        ");
    type(b, "pass");
    b.new_line();
    CHECK(b.line(3) == "    ");
    type(b, "return 1");
    b.new_line();
    CHECK(b.line(4).empty());
}

TEST_CASE("Enter in the middle of a line drops the blanks after the caret") {
    TextBuffer b("    x = 1;   y = 2");
    b.set_caret({0, 10});
    b.new_line();
    CHECK(b.line(0) == "    x = 1;");
    CHECK(b.line(1) == "    y = 2");
    CHECK(b.caret() == Position{1, 4});
}

TEST_CASE("Tab inserts spaces to the next tab stop; Backspace over indentation removes to the previous one") {
    TextBuffer b("ab");
    b.set_caret({0, 1});
    b.tab();
    CHECK(b.line(0) == "a   b");
    TextBuffer c;
    c.tab();
    c.tab();
    CHECK(c.line(0) == "        ");
    c.backspace();
    CHECK(c.line(0) == "    ");
    type(c, "  ");  // 6 spaces: back to 4
    c.backspace();
    CHECK(c.line(0) == "    ");
    type(c, "x");
    c.backspace();
    CHECK(c.line(0) == "    ");
}

TEST_CASE("Tab and Shift+Tab indent and dedent the selected lines") {
    TextBuffer b("a\n\n  b\nc");
    b.set_selection({0, 0}, {3, 0});  // end at column 0: line 3 is not part of it
    b.tab();
    CHECK(b.text() == "    a\n\n      b\nc");
    b.untab();
    CHECK(b.text() == "a\n\n  b\nc");
    b.untab();
    CHECK(b.text() == "a\n\nb\nc");
    b.undo();
    b.undo();
    b.undo();
    CHECK(b.text() == "a\n\n  b\nc");
    TextBuffer one("        x");
    one.set_caret({0, 9});
    one.untab();
    CHECK(one.line(0) == "    x");
    CHECK(one.caret() == Position{0, 5});
}

TEST_CASE("backspace and delete join lines") {
    TextBuffer b("ab\ncd");
    b.set_caret({1, 0});
    b.backspace();
    CHECK(b.text() == "abcd");
    CHECK(b.caret() == Position{0, 2});
    b.delete_forward();
    CHECK(b.text() == "abd");
    b.move_end();
    b.delete_forward();  // at the very end: nothing
    CHECK(b.text() == "abd");
    b.move_to_start();
    b.backspace();  // at the very start: nothing
    CHECK(b.text() == "abd");
    CHECK_FALSE(b.can_redo());
}

TEST_CASE("UTF-8: moves and deletes step over whole characters") {
    TextBuffer b("aé€😀b");
    b.move_end();
    b.move_left();
    CHECK(b.caret().column == 10);  // before b
    b.move_left();
    CHECK(b.caret().column == 6);  // before the emoji (4 bytes)
    b.backspace();                 // removes € (3 bytes)
    CHECK(b.line(0) == "aé😀b");
    b.set_caret({0, 2});  // inside é: clamped to its start
    CHECK(b.caret().column == 1);
    CHECK(loopscope::editor::utf8_length("aé€😀b") == 5);
}

TEST_CASE("word moves and word deletes") {
    TextBuffer b("await asyncio.sleep(1)");
    b.move_right(false, true);
    CHECK(b.caret().column == 5);
    b.move_right(false, true);
    CHECK(b.caret().column == 13);  // after asyncio
    b.move_right(false, true);
    CHECK(b.caret().column == 14);  // after .
    b.move_end();
    b.move_left(false, true);
    CHECK(b.caret().column == 21);  // before ")", a punctuation run of one
    b.move_left(false, true);
    CHECK(b.caret().column == 20);
    b.delete_word_left();
    CHECK(b.line(0) == "await asyncio.sleep1)");
    b.move_to_start();
    b.delete_word_right();
    CHECK(b.line(0) == " asyncio.sleep1)");
    TextBuffer lines("ab\ncd");
    lines.set_caret({1, 0});
    lines.move_left(false, true);
    CHECK(lines.caret() == Position{0, 2});
    lines.move_right(false, true);
    CHECK(lines.caret() == Position{1, 0});
}

TEST_CASE("smart home, end, up and down keep the column") {
    TextBuffer b("    indented\nx\nlonger line");
    b.set_caret({0, 9});
    b.move_home();
    CHECK(b.caret().column == 4);
    b.move_home();
    CHECK(b.caret().column == 0);
    b.move_home();
    CHECK(b.caret().column == 4);
    b.move_end();
    CHECK(b.caret().column == 12);
    b.move_down();
    CHECK(b.caret() == Position{1, 1});
    b.move_down();
    CHECK(b.caret() == Position{2, 11});  // the remembered column 12 is past its end
    b.move_up(2);
    CHECK(b.caret() == Position{0, 12});
    b.move_up();
    CHECK(b.caret() == Position{0, 0});
    b.move_down(100);
    CHECK(b.caret().line == 2);
    b.move_down();
    CHECK(b.caret() == Position{2, 11});
}

TEST_CASE("shift-moves extend the selection; a plain move collapses it to its side") {
    TextBuffer b("hello");
    b.set_caret({0, 1});
    b.move_right(true);
    b.move_right(true);
    CHECK(b.selected_text() == "el");
    b.move_left();
    CHECK_FALSE(b.has_selection());
    CHECK(b.caret().column == 1);
    b.select_all();
    CHECK(b.selected_text() == "hello");
    b.move_right();
    CHECK(b.caret().column == 5);
}

TEST_CASE("double-click selects a word, blanks or one punctuation character") {
    TextBuffer b("x = foo_bar(1)   # c");
    b.select_word_at({0, 6});
    CHECK(b.selected_text() == "foo_bar");
    b.select_word_at({0, 11});
    CHECK(b.selected_text() == "(");
    b.select_word_at({0, 15});
    CHECK(b.selected_text() == "   ");
    b.select_word_at({0, 100});
    CHECK(b.selected_text() == "c");
    b.select_line(0);
    CHECK(b.selected_text() == "x = foo_bar(1)   # c");
}

TEST_CASE("replace() keeps the selection valid and reports changed lines") {
    TextBuffer b("a\nb\nc");
    b.take_first_changed_line();
    CHECK(b.take_first_changed_line() == INT32_MAX);
    const auto v = b.version();
    b.set_caret({2, 1});
    const Position end = b.replace({{1, 0}, {2, 1}}, "");
    CHECK(end == Position{1, 0});
    CHECK(b.text() == "a\n");
    CHECK(b.caret() == Position{1, 0});
    CHECK(b.version() > v);
    CHECK(b.take_first_changed_line() == 1);
    b.undo();
    CHECK(b.text() == "a\nb\nc");
}

TEST_CASE("random edits then undo everything restores the original; redo everything restores the result") {
    std::mt19937 rng(1234);
    const std::string original = "async def main():\n    await asyncio.sleep(1)\n\nasyncio.run(main())\n";
    TextBuffer b(original);
    const char* pieces[] = {"x", " ", "\n", "é", "ab\ncd", ":", "\t"};
    for (int i = 0; i < 500; ++i) {
        const int line = static_cast<int>(rng() % static_cast<unsigned>(b.line_count()));
        const int col = static_cast<int>(rng() % (b.line(line).size() + 1));
        switch (rng() % 9) {
            case 0: b.set_caret({line, col}); break;
            case 1: b.set_caret({line, col}, true); break;
            case 2: b.type_text(pieces[rng() % 7]); break;
            case 3: b.insert_text(pieces[rng() % 7]); break;
            case 4: b.backspace(); break;
            case 5: b.delete_forward(); break;
            case 6: b.new_line(); break;
            case 7: (rng() % 2) ? b.tab() : b.untab(); break;
            case 8: b.delete_word_left(); break;
        }
        // The caret is always on a character boundary inside the text.
        REQUIRE(b.caret() == b.clamp(b.caret()));
        REQUIRE(b.anchor() == b.clamp(b.anchor()));
    }
    const std::string edited = b.text();
    while (b.undo()) {}
    CHECK(b.text() == original);
    while (b.redo()) {}
    CHECK(b.text() == edited);
}

TEST_CASE("a 10k-line text loads, edits and reports the edited line") {
    std::string big;
    for (int i = 0; i < 10000; ++i) big += "print(" + std::to_string(i) + ")\n";
    TextBuffer b(big);
    CHECK(b.line_count() == 10001);
    b.take_first_changed_line();
    b.set_caret({5000, 0});
    b.type_text("#");
    CHECK(b.line(5000) == "#print(5000)");
    CHECK(b.take_first_changed_line() == 5000);
}

TEST_CASE("Ctrl+/ comments out the selected lines at their common indentation, and back") {
    TextBuffer b("def f():\n    x = 1\n\n        y = 2\nz = 3\n");
    b.set_selection({1, 0}, {4, 0});  // lines 1-3: the selection ends at the start of line 4
    b.toggle_comment();
    CHECK(b.text() == "def f():\n    # x = 1\n\n    #     y = 2\nz = 3\n");
    b.toggle_comment();
    CHECK(b.text() == "def f():\n    x = 1\n\n        y = 2\nz = 3\n");
    CHECK(b.undo());
    CHECK(b.text() == "def f():\n    # x = 1\n\n    #     y = 2\nz = 3\n");
    CHECK(b.undo());
    CHECK(b.text() == "def f():\n    x = 1\n\n        y = 2\nz = 3\n");
}

TEST_CASE("Ctrl+/ on the caret's line keeps the caret on the same character") {
    TextBuffer b("x = 1\n");
    b.set_caret({0, 4});
    b.toggle_comment();
    CHECK(b.text() == "# x = 1\n");
    CHECK(b.caret() == Position{0, 6});
    b.toggle_comment();
    CHECK(b.text() == "x = 1\n");
    CHECK(b.caret() == Position{0, 4});
}

TEST_CASE("Ctrl+/ comments a mix of comments and code; uncomments '#' without a space") {
    TextBuffer b("#a\nb\n");
    b.set_selection({0, 0}, {1, 1});
    b.toggle_comment();
    CHECK(b.text() == "# #a\n# b\n");
    TextBuffer c("#a\n  #b\n");
    c.set_selection({0, 0}, {1, 2});
    c.toggle_comment();
    CHECK(c.text() == "a\n  b\n");
    TextBuffer blank("\n   \n");
    blank.set_selection({0, 0}, {1, 3});
    blank.toggle_comment();
    CHECK(blank.text() == "\n   \n");
    CHECK_FALSE(blank.can_undo());
}
