// Python tokens for syntax highlighting, one line at a time.
//
// Highlighting needs no parser: each line is split into coloured spans. The only state that crosses
// lines is an unfinished triple-quoted string (and a backslash-continued single-quoted one), carried in
// LineState, so a 10k-line file is lexed once and then only from the first edited line on
// (HighlightCache).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace loopscope::editor {

enum class TokenKind : std::uint8_t {
    Text,         // identifiers, blanks
    Keyword,      // def, async, await, if, ... and True/False/None
    Builtin,      // print, len, range, Exception names, ...
    String,       // any string literal, prefixes and quotes included
    FStringExpr,  // the {expression} parts of an f-string
    Number,
    Comment,
    Decorator,   // @name (dotted)
    Operator,    // punctuation and operators
    Definition,  // the name after def / class
    Self,        // self and cls
    Count
};

struct Token {
    int start = 0;   // byte offset in the line
    int length = 0;  // bytes
    TokenKind kind = TokenKind::Text;
};

// What is still open at the end of a line.
struct LineState {
    enum Open : std::uint8_t { None, Single, Double, TripleSingle, TripleDouble };
    Open open = None;
    bool fstring = false;  // the open string is an f-string
    bool raw = false;      // ... and/or a raw string

    friend bool operator==(LineState a, LineState b) {
        return a.open == b.open && a.fstring == b.fstring && a.raw == b.raw;
    }
    friend bool operator!=(LineState a, LineState b) { return !(a == b); }
};

// Appends the line's tokens to out (adjacent, covering the whole line, blanks as Text) and returns
// the state at its end. `in` is the state at the end of the previous line.
LineState lex_python_line(std::string_view line, LineState in, std::vector<Token>& out);

bool is_python_keyword(std::string_view word);
bool is_python_builtin(std::string_view word);

// Per-line entry states for a document, computed lazily and invalidated from an edited line on.
class HighlightCache {
public:
    // Lines from `line` on must be lexed again (their text or their entry state may have changed).
    void invalidate_from(int line);
    void clear() { states_.clear(); }
    // The state at the start of `line`; get_line(i) returns the text of line i. Lexes the lines before
    // it that are not known yet (once: later calls reuse them).
    template <class GetLine> LineState state_at(int line, GetLine&& get_line) {
        if (states_.empty()) states_.push_back(LineState{});
        std::vector<Token> scratch;
        while (static_cast<int>(states_.size()) <= line) {
            const int i = static_cast<int>(states_.size()) - 1;
            scratch.clear();
            states_.push_back(lex_python_line(get_line(i), states_.back(), scratch));
        }
        return states_[static_cast<std::size_t>(line)];
    }
    int known_lines() const { return static_cast<int>(states_.size()); }

private:
    std::vector<LineState> states_;  // states_[i]: the state at the start of line i
};

}  // namespace loopscope::editor
