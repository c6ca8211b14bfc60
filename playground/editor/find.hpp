// Find in a TextBuffer: every match (for highlighting) and the next/previous one from a position
// (for the find bar), optionally case-insensitive (ASCII letters) and whole-word. Matches never span
// lines: the find bar takes one line of text.
#pragma once

#include <string_view>
#include <vector>

#include "text_buffer.hpp"

namespace loopscope::editor {

struct FindOptions {
    bool match_case = false;
    bool whole_word = false;
};

// Every match of needle in the buffer, in document order. limit caps the count (a one-letter search
// in a 10k-line file must not build a huge list every time the needle changes).
std::vector<Range> find_all(const TextBuffer& buffer, std::string_view needle, FindOptions options = {},
                            std::size_t limit = 100000);

// The first match starting at or after `from` (forward) or ending at or before `from` (backward),
// wrapping around the document; false when there is none (or the needle is empty or has a newline).
bool find_next(const TextBuffer& buffer, std::string_view needle, Position from, bool forward,
               FindOptions options, Range& match);

// Where needle occurs in one line at or after byte `from`, or -1.
int find_in_line(std::string_view line, std::string_view needle, int from, FindOptions options);

}  // namespace loopscope::editor
