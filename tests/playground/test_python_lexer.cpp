// playground/editor/python_lexer.hpp: Python tokens for highlighting.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "python_lexer.hpp"

using namespace loopscope::editor;

namespace {

// "kind:text" for every token that is not blank Text, to compare whole lines at once.
std::vector<std::string> lex(std::string_view line, LineState in = {}, LineState* out_state = nullptr) {
    std::vector<Token> tokens;
    const LineState end = lex_python_line(line, in, tokens);
    if (out_state) *out_state = end;
    static const char* names[] = {"text",    "kw",   "builtin", "str", "fexpr", "num",
                                  "comment", "deco", "op",      "def", "self"};
    std::vector<std::string> out;
    int covered = 0;
    for (const Token& t : tokens) {
        REQUIRE(t.start == covered);  // adjacent tokens covering the line
        covered += t.length;
        std::string text(line.substr(static_cast<std::size_t>(t.start), static_cast<std::size_t>(t.length)));
        if (t.kind == TokenKind::Text || t.kind == TokenKind::Operator) {  // blanks merge into these: trim
            text.erase(0, text.find_first_not_of(' '));
            text.erase(text.find_last_not_of(' ') + 1);
            if (text.empty()) continue;
        }
        out.push_back(std::string(names[static_cast<int>(t.kind)]) + ":" + text);
    }
    CHECK(covered == static_cast<int>(line.size()));
    return out;
}

using V = std::vector<std::string>;

}  // namespace

namespace doctest {
template <> struct StringMaker<V> {
    static String convert(const V& v) {
        std::string s = "{";
        for (const auto& x : v) s += "[" + x + "] ";
        return (s + "}").c_str();
    }
};
}  // namespace doctest

TEST_CASE("keywords incl. async/await, builtins, definitions and self") {
    CHECK(lex("async def main(self):") == V{"kw:async", "kw:def", "def:main", "op:(", "self:self", "op:):"});
    CHECK(lex("    await asyncio.sleep(1)") ==
          V{"kw:await", "text:asyncio", "op:.", "text:sleep", "op:(", "num:1", "op:)"});
    CHECK(lex("print(len(x), None)") ==
          V{"builtin:print", "op:(", "builtin:len", "op:(", "text:x", "op:),", "kw:None", "op:)"});
    CHECK(lex("class Worker(Exception): pass") ==
          V{"kw:class", "def:Worker", "op:(", "builtin:Exception", "op:):", "kw:pass"});
    CHECK(is_python_keyword("await"));
    CHECK_FALSE(is_python_keyword("print"));
    CHECK(is_python_builtin("TimeoutError"));
}

TEST_CASE("numbers") {
    CHECK(lex("x = 1.5e-3 + 0x1F + .5 + 10_000j") ==
          V{"text:x", "op:=", "num:1.5e-3", "op:+", "num:0x1F", "op:+", "num:.5", "op:+", "num:10_000j"});
    CHECK(lex("a1 = b2") == V{"text:a1", "op:=", "text:b2"});
}

TEST_CASE("strings, prefixes, escapes and comments") {
    CHECK(lex(R"(s = 'it\'s' + "a#b"  # note)") ==
          V{"text:s", "op:=", R"(str:'it\'s')", "op:+", "str:\"a#b\"", "comment:# note"});
    CHECK(lex(R"(b = rb"\d" + u'x')") == V{"text:b", "op:=", R"(str:rb"\d")", "op:+", "str:u'x'"});
    CHECK(lex("bad = 'unterminated") == V{"text:bad", "op:=", "str:'unterminated"});
    LineState end;
    lex("x = 'open \\", {}, &end);  // a backslash continues a one-line string
    CHECK(end.open == LineState::Single);
}

TEST_CASE("f-strings: the replacement fields are expressions") {
    CHECK(lex(R"(print(f"{name!r} took {t:.2f}s {{literal}}"))") ==
          V{"builtin:print", "op:(", "str:f\"", "fexpr:{name!r}", "str: took ", "fexpr:{t:.2f}",
            "str:s {{literal}}\"", "op:)"});
    CHECK(lex(R"(f'{d["k"]}')") == V{"str:f'", "fexpr:{d[\"k\"]}", "str:'"});
}

TEST_CASE("triple-quoted strings across lines") {
    LineState s1, s2, s3;
    CHECK(lex(R"(doc = """Title)", {}, &s1) == V{"text:doc", "op:=", R"(str:"""Title)"});
    CHECK(s1.open == LineState::TripleDouble);
    CHECK(lex("still 'inside' # not a comment", s1, &s2) == V{"str:still 'inside' # not a comment"});
    CHECK(s2.open == LineState::TripleDouble);
    CHECK(lex(R"(end""" + x  # c)", s2, &s3) == V{R"(str:end""")", "op:+", "text:x", "comment:# c"});
    CHECK(s3.open == LineState::None);
    LineState f;
    lex("t = f'''{a}", {}, &f);
    CHECK(f.open == LineState::TripleSingle);
    CHECK(f.fstring);
    CHECK(lex("{b}'''", f) == V{"fexpr:{b}", "str:'''"});
}

TEST_CASE("decorators only at the start of a statement; @ elsewhere is an operator") {
    CHECK(lex("@async_timed") == V{"deco:@async_timed"});
    CHECK(lex("  @functools.wraps(func)") == V{"deco:@functools.wraps", "op:(", "text:func", "op:)"});
    CHECK(lex("c = a @ b") == V{"text:c", "op:=", "text:a", "op:@", "text:b"});
}

TEST_CASE("non-ASCII identifiers and text") {
    CHECK(lex("café = 'thé'") == V{"text:café", "op:=", "str:'thé'"});
}

TEST_CASE("HighlightCache lexes lazily and re-lexes from an edited line") {
    std::vector<std::string> doc = {"x = 1", "s = '''", "inside", "'''", "y = 2"};
    auto get = [&](int i) -> std::string_view { return doc[static_cast<std::size_t>(i)]; };
    HighlightCache cache;
    CHECK(cache.state_at(2, get).open == LineState::TripleSingle);
    CHECK(cache.known_lines() == 3);
    CHECK(cache.state_at(4, get).open == LineState::None);
    doc[1] = "s = ''";  // the string closes on its own line now
    cache.invalidate_from(1);
    CHECK(cache.known_lines() == 2);
    CHECK(cache.state_at(2, get).open == LineState::None);
    CHECK(cache.state_at(4, get).open == LineState::TripleSingle);  // line 3 opens one now
}
