#include "find.hpp"

namespace loopscope::editor {

namespace {

char fold(char c, bool match_case) {
    return (!match_case && c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}

bool word_char_at(std::string_view line, int index) {
    return index >= 0 && index < static_cast<int>(line.size()) &&
           TextBuffer::classify(static_cast<unsigned char>(line[static_cast<std::size_t>(index)])) ==
               TextBuffer::CharClass::Word;
}

bool usable(std::string_view needle) {
    return !needle.empty() && needle.find('\n') == std::string_view::npos;
}

}  // namespace

int find_in_line(std::string_view line, std::string_view needle, int from, FindOptions options) {
    if (!usable(needle) || from < 0) return -1;
    const int last = static_cast<int>(line.size()) - static_cast<int>(needle.size());
    for (int i = from; i <= last; ++i) {
        std::size_t k = 0;
        while (k < needle.size() && fold(line[static_cast<std::size_t>(i) + k], options.match_case) ==
                                        fold(needle[k], options.match_case))
            ++k;
        if (k != needle.size()) continue;
        if (options.whole_word &&
            (word_char_at(line, i - 1) || word_char_at(line, i + static_cast<int>(needle.size()))))
            continue;
        // Never report a match that starts inside a UTF-8 sequence.
        if ((static_cast<unsigned char>(line[static_cast<std::size_t>(i)]) & 0xC0) == 0x80) continue;
        return i;
    }
    return -1;
}

std::vector<Range> find_all(const TextBuffer& buffer, std::string_view needle, FindOptions options,
                            std::size_t limit) {
    std::vector<Range> matches;
    if (!usable(needle)) return matches;
    const int len = static_cast<int>(needle.size());
    for (int l = 0; l < buffer.line_count(); ++l) {
        const std::string& line = buffer.line(l);
        for (int at = find_in_line(line, needle, 0, options); at >= 0;
             at = find_in_line(line, needle, at + len, options)) {
            if (matches.size() >= limit) return matches;
            matches.push_back({{l, at}, {l, at + len}});
        }
    }
    return matches;
}

bool find_next(const TextBuffer& buffer, std::string_view needle, Position from, bool forward,
               FindOptions options, Range& match) {
    if (!usable(needle)) return false;
    from = buffer.clamp(from);
    const int len = static_cast<int>(needle.size());
    const int lines = buffer.line_count();
    if (forward) {
        // From `from` to the end, then from the start up to `from` (the wrap).
        for (int step = 0; step <= lines; ++step) {
            const int l = (from.line + step) % lines;
            const int start = step == 0 ? from.column : 0;
            const int at = find_in_line(buffer.line(l), needle, start, options);
            if (at >= 0 && !(step == lines && at >= from.column)) {
                match = {{l, at}, {l, at + len}};
                return true;
            }
        }
        return false;
    }
    for (int step = 0; step <= lines; ++step) {
        const int l = ((from.line - step) % lines + lines) % lines;
        const std::string& line = buffer.line(l);
        int best = -1;
        for (int at = find_in_line(line, needle, 0, options); at >= 0;
             at = find_in_line(line, needle, at + 1, options)) {
            if (step == 0 && at + len > from.column) break;
            if (step == lines && at + len <= from.column) continue;
            best = at;
        }
        if (best >= 0) {
            match = {{l, best}, {l, best + len}};
            return true;
        }
    }
    return false;
}

}  // namespace loopscope::editor
