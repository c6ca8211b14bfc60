// TextBuffer (text_buffer.hpp): the editor's lines, selection, editing commands and undo history.
//
// Index of this file:
//   Helpers
//   Text
//   Selection and caret
//   Moving (characters, words, lines)
//   Editing primitives (apply, undo steps)
//   Editing commands (typing, new line, delete, indent)
//   Undo and redo
#include "text_buffer.hpp"

#include <algorithm>
#include <climits>

namespace loopscope::editor {

namespace {

// ---- Helpers ------------------------------------------------------------------------------------

constexpr std::size_t kMaxUndoSteps = 10000;

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// "\r\n" and "\r" become "\n"; a tab becomes spaces up to the next tab stop (the editor draws a
// monospace grid, and Python code indents with spaces).
std::string normalize(std::string_view text, int start_column_chars) {
    std::string out;
    out.reserve(text.size());
    int chars = start_column_chars;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
            chars = 0;
        } else if (c == '\n') {
            out += '\n';
            chars = 0;
        } else if (c == '\t') {
            const int spaces = TextBuffer::kIndentWidth - chars % TextBuffer::kIndentWidth;
            out.append(static_cast<std::size_t>(spaces), ' ');
            chars += spaces;
        } else {
            out += c;
            if (!is_continuation(static_cast<unsigned char>(c))) ++chars;
        }
    }
    return out;
}

bool starts_with_word(std::string_view text, std::string_view word) {
    if (text.substr(0, word.size()) != word) return false;
    return text.size() == word.size() ||
           TextBuffer::classify(static_cast<unsigned char>(text[word.size()])) != TextBuffer::CharClass::Word;
}

}  // namespace

int utf8_length(std::string_view text) {
    int n = 0;
    for (const char c : text) n += is_continuation(static_cast<unsigned char>(c)) ? 0 : 1;
    return n;
}

TextBuffer::CharClass TextBuffer::classify(unsigned char c) {
    if (c == ' ' || c == '\t') return CharClass::Space;
    if (c >= 0x80 || c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return CharClass::Word;
    return CharClass::Punct;
}

TextBuffer::TextBuffer(std::string_view text) { set_text(text); }

// ---- Text ---------------------------------------------------------------------------------------

void TextBuffer::set_text(std::string_view text) {
    lines_.clear();
    const std::string clean = normalize(text, 0);
    std::size_t begin = 0;
    while (true) {
        const std::size_t nl = clean.find('\n', begin);
        if (nl == std::string::npos) {
            lines_.emplace_back(clean.substr(begin));
            break;
        }
        lines_.emplace_back(clean.substr(begin, nl - begin));
        begin = nl + 1;
    }
    anchor_ = caret_ = Position{};
    preferred_chars_ = -1;
    undo_.clear();
    redo_.clear();
    open_group_ = false;
    ++version_;
    first_changed_line_ = 0;
}

std::string TextBuffer::text() const {
    std::size_t size = 0;
    for (const auto& l : lines_) size += l.size() + 1;
    std::string out;
    out.reserve(size);
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        if (i) out += '\n';
        out += lines_[i];
    }
    return out;
}

std::string TextBuffer::text_in(Range range) const {
    const Position a = clamp(range.start), b = clamp(range.end);
    if (b <= a) return {};
    if (a.line == b.line)
        return line(a.line).substr(static_cast<std::size_t>(a.column),
                                   static_cast<std::size_t>(b.column - a.column));
    std::string out = line(a.line).substr(static_cast<std::size_t>(a.column));
    for (int l = a.line + 1; l < b.line; ++l) {
        out += '\n';
        out += line(l);
    }
    out += '\n';
    out += line(b.line).substr(0, static_cast<std::size_t>(b.column));
    return out;
}

// ---- Selection and caret ------------------------------------------------------------------------

Range TextBuffer::selection() const {
    return anchor_ < caret_ ? Range{anchor_, caret_} : Range{caret_, anchor_};
}

Position TextBuffer::clamp(Position p) const {
    p.line = std::clamp(p.line, 0, line_count() - 1);
    const std::string& l = line(p.line);
    p.column = std::clamp(p.column, 0, static_cast<int>(l.size()));
    while (p.column > 0 && p.column < static_cast<int>(l.size()) &&
           is_continuation(static_cast<unsigned char>(l[static_cast<std::size_t>(p.column)])))
        --p.column;
    return p;
}

void TextBuffer::set_caret(Position position, bool extend) {
    caret_ = clamp(position);
    if (!extend) anchor_ = caret_;
    preferred_chars_ = -1;
    open_group_ = false;
}

void TextBuffer::set_selection(Position anchor, Position caret) {
    anchor_ = clamp(anchor);
    caret_ = clamp(caret);
    preferred_chars_ = -1;
    open_group_ = false;
}

void TextBuffer::select_all() {
    set_selection(Position{}, Position{line_count() - 1, static_cast<int>(lines_.back().size())});
}

void TextBuffer::select_line(int index) {
    index = std::clamp(index, 0, line_count() - 1);
    if (index + 1 < line_count())
        set_selection({index, 0}, {index + 1, 0});
    else
        set_selection({index, 0}, {index, static_cast<int>(line(index).size())});
}

void TextBuffer::select_word_at(Position position) {
    const Position p = clamp(position);
    const std::string& l = line(p.line);
    if (l.empty()) return set_caret(p);
    int probe = p.column;
    if (probe >= static_cast<int>(l.size()))
        probe = prev_char(p.line, probe);  // end of line: the last character
    const CharClass cls = classify(static_cast<unsigned char>(l[static_cast<std::size_t>(probe)]));
    int start = probe, end = next_char(p.line, probe);
    if (cls != CharClass::Punct) {
        while (start > 0) {
            const int before = prev_char(p.line, start);
            if (classify(static_cast<unsigned char>(l[static_cast<std::size_t>(before)])) != cls) break;
            start = before;
        }
        while (end < static_cast<int>(l.size()) &&
               classify(static_cast<unsigned char>(l[static_cast<std::size_t>(end)])) == cls)
            end = next_char(p.line, end);
    }
    set_selection({p.line, start}, {p.line, end});
}

// ---- Moving (characters, words, lines) ----------------------------------------------------------

int TextBuffer::prev_char(int l, int column) const {
    const std::string& s = line(l);
    if (column <= 0) return 0;
    --column;
    while (column > 0 && is_continuation(static_cast<unsigned char>(s[static_cast<std::size_t>(column)])))
        --column;
    return column;
}

int TextBuffer::next_char(int l, int column) const {
    const std::string& s = line(l);
    const int size = static_cast<int>(s.size());
    if (column >= size) return size;
    ++column;
    while (column < size && is_continuation(static_cast<unsigned char>(s[static_cast<std::size_t>(column)])))
        ++column;
    return column;
}

int TextBuffer::chars_before(Position p) const {
    return utf8_length(std::string_view(line(p.line)).substr(0, static_cast<std::size_t>(p.column)));
}

int TextBuffer::column_for_chars(int l, int chars) const {
    const std::string& s = line(l);
    int column = 0;
    while (chars > 0 && column < static_cast<int>(s.size())) {
        column = next_char(l, column);
        --chars;
    }
    return column;
}

int TextBuffer::leading_spaces(int l) const {
    const std::string& s = line(l);
    int n = 0;
    while (n < static_cast<int>(s.size()) && s[static_cast<std::size_t>(n)] == ' ') ++n;
    return n;
}

Position TextBuffer::word_left(Position p) const {
    if (p.column == 0)
        return p.line > 0 ? Position{p.line - 1, static_cast<int>(line(p.line - 1).size())} : p;
    const std::string& s = line(p.line);
    auto class_before = [&](int column) {
        return classify(static_cast<unsigned char>(s[static_cast<std::size_t>(prev_char(p.line, column))]));
    };
    int column = p.column;
    while (column > 0 && class_before(column) == CharClass::Space) column = prev_char(p.line, column);
    if (column == 0) return {p.line, 0};
    const CharClass cls = class_before(column);
    while (column > 0 && class_before(column) == cls) column = prev_char(p.line, column);
    return {p.line, column};
}

Position TextBuffer::word_right(Position p) const {
    const std::string& s = line(p.line);
    const int size = static_cast<int>(s.size());
    if (p.column >= size) return p.line + 1 < line_count() ? Position{p.line + 1, 0} : p;
    auto class_at = [&](int column) {
        return classify(static_cast<unsigned char>(s[static_cast<std::size_t>(column)]));
    };
    int column = p.column;
    while (column < size && class_at(column) == CharClass::Space) ++column;
    if (column == size) return {p.line, size};
    const CharClass cls = class_at(column);
    while (column < size && class_at(column) == cls) column = next_char(p.line, column);
    return {p.line, column};
}

void TextBuffer::move_left(bool extend, bool by_word) {
    if (has_selection() && !extend && !by_word) return set_caret(selection().start);
    Position p = caret_;
    if (by_word)
        p = word_left(p);
    else if (p.column > 0)
        p.column = prev_char(p.line, p.column);
    else if (p.line > 0)
        p = {p.line - 1, static_cast<int>(line(p.line - 1).size())};
    set_caret(p, extend);
}

void TextBuffer::move_right(bool extend, bool by_word) {
    if (has_selection() && !extend && !by_word) return set_caret(selection().end);
    Position p = caret_;
    if (by_word)
        p = word_right(p);
    else if (p.column < static_cast<int>(line(p.line).size()))
        p.column = next_char(p.line, p.column);
    else if (p.line + 1 < line_count())
        p = {p.line + 1, 0};
    set_caret(p, extend);
}

void TextBuffer::move_up(int lines, bool extend) {
    const int chars = preferred_chars_ >= 0 ? preferred_chars_ : chars_before(caret_);
    Position p = caret_;
    if (p.line == 0) {
        p.column = 0;  // already on the first line: go to its start, as most editors do
        set_caret(p, extend);
        return;
    }
    p.line = std::max(0, p.line - lines);
    p.column = column_for_chars(p.line, chars);
    set_caret(p, extend);
    preferred_chars_ = chars;
}

void TextBuffer::move_down(int lines, bool extend) {
    const int chars = preferred_chars_ >= 0 ? preferred_chars_ : chars_before(caret_);
    Position p = caret_;
    if (p.line == line_count() - 1) {
        p.column = static_cast<int>(line(p.line).size());
        set_caret(p, extend);
        return;
    }
    p.line = std::min(line_count() - 1, p.line + lines);
    p.column = column_for_chars(p.line, chars);
    set_caret(p, extend);
    preferred_chars_ = chars;
}

void TextBuffer::move_home(bool extend) {
    const int indent = leading_spaces(caret_.line);
    // Smart home: to the first non-blank character, or to column 0 when already there.
    set_caret({caret_.line, caret_.column == indent ? 0 : indent}, extend);
}

void TextBuffer::move_end(bool extend) {
    set_caret({caret_.line, static_cast<int>(line(caret_.line).size())}, extend);
}

void TextBuffer::move_to_start(bool extend) { set_caret({0, 0}, extend); }

void TextBuffer::move_to_end(bool extend) {
    set_caret({line_count() - 1, static_cast<int>(lines_.back().size())}, extend);
}

// ---- Editing primitives (apply, undo steps) -----------------------------------------------------

Position TextBuffer::end_of(Position start, std::string_view text) const {
    const std::size_t last_nl = text.rfind('\n');
    if (last_nl == std::string_view::npos) return {start.line, start.column + static_cast<int>(text.size())};
    const int newlines = static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    return {start.line + newlines, static_cast<int>(text.size() - last_nl - 1)};
}

void TextBuffer::note_changed(int l) {
    first_changed_line_ = std::min(first_changed_line_, l);
    ++version_;
}

int TextBuffer::take_first_changed_line() {
    const int l = first_changed_line_;
    first_changed_line_ = INT32_MAX;
    return l;
}

Position TextBuffer::apply(Range range, std::string_view text) {
    const Position a = range.start, b = range.end;
    note_changed(a.line);
    if (a.line == b.line && text.find('\n') == std::string_view::npos) {  // the common case: within one line
        lines_[static_cast<std::size_t>(a.line)].replace(static_cast<std::size_t>(a.column),
                                                         static_cast<std::size_t>(b.column - a.column), text);
        return {a.line, a.column + static_cast<int>(text.size())};
    }
    const std::string head = line(a.line).substr(0, static_cast<std::size_t>(a.column));
    const std::string tail = line(b.line).substr(static_cast<std::size_t>(b.column));
    std::vector<std::string> pieces;
    std::size_t begin = 0;
    while (true) {
        const std::size_t nl = text.find('\n', begin);
        pieces.emplace_back(
            text.substr(begin, nl == std::string_view::npos ? std::string_view::npos : nl - begin));
        if (nl == std::string_view::npos) break;
        begin = nl + 1;
    }
    const Position end{a.line + static_cast<int>(pieces.size()) - 1, static_cast<int>(pieces.back().size())};
    pieces.front().insert(0, head);
    pieces.back() += tail;
    lines_.erase(lines_.begin() + a.line, lines_.begin() + b.line + 1);
    lines_.insert(lines_.begin() + a.line, std::make_move_iterator(pieces.begin()),
                  std::make_move_iterator(pieces.end()));
    return end;
}

void TextBuffer::begin_step(bool typed) {
    redo_.clear();
    if (typed && open_group_ && !undo_.empty() && undo_.back().typed) return;  // the typed run goes on
    Step step;
    step.anchor_before = anchor_;
    step.caret_before = caret_;
    step.typed = typed;
    undo_.push_back(std::move(step));
    if (undo_.size() > kMaxUndoSteps) undo_.erase(undo_.begin());
    open_group_ = typed;
}

Position TextBuffer::edit(Range range, std::string_view text) {
    range.start = clamp(range.start);
    range.end = clamp(range.end);
    if (range.end < range.start) std::swap(range.start, range.end);
    Edit e{range.start, text_in(range), std::string(text)};
    if (e.removed.empty() && e.inserted.empty()) return range.start;
    const Position end = apply(range, text);
    undo_.back().edits.push_back(std::move(e));
    return end;
}

void TextBuffer::end_step() {
    Step& step = undo_.back();
    step.anchor_after = anchor_;
    step.caret_after = caret_;
    if (step.edits.empty()) {
        undo_.pop_back();
        open_group_ = false;
    }
    preferred_chars_ = -1;
}

Position TextBuffer::replace(Range range, std::string_view text) {
    begin_step(false);
    const std::string clean = normalize(text, 0);
    const Position end = edit(range, clean);
    anchor_ = clamp(anchor_);
    caret_ = clamp(caret_);
    end_step();
    open_group_ = false;
    return end;
}

// ---- Editing commands (typing, new line, delete, indent) ----------------------------------------

void TextBuffer::replace_selection(std::string_view text, bool typed) {
    begin_step(typed);
    const Position end = edit(selection(), text);
    anchor_ = caret_ = end;
    end_step();
}

void TextBuffer::type_text(std::string_view text) {
    if (text.empty()) return;
    if (text.find_first_of("\r\n") != std::string_view::npos) return insert_text(text);
    // A space typed after a word ends the typed run: undo then removes one word at a time.
    if (text[0] == ' ' && caret_.column > 0 && !has_selection() &&
        line(caret_.line)[static_cast<std::size_t>(caret_.column - 1)] != ' ')
        open_group_ = false;
    const bool typed = !has_selection();
    if (!typed) open_group_ = false;
    replace_selection(normalize(text, chars_before(selection().start)), typed);
}

void TextBuffer::insert_text(std::string_view text) {
    open_group_ = false;
    replace_selection(normalize(text, chars_before(selection().start)), false);
    open_group_ = false;
}

void TextBuffer::new_line() {
    open_group_ = false;
    const Range sel = selection();
    const std::string& l = line(sel.start.line);
    int indent = std::min(leading_spaces(sel.start.line), sel.start.column);
    // What precedes the caret, without trailing blanks and without a trailing comment.
    std::string_view before = std::string_view(l).substr(0, static_cast<std::size_t>(sel.start.column));
    if (const std::size_t hash = before.find('#');
        hash != std::string_view::npos && before.find_first_of("'\"") == std::string_view::npos)
        before = before.substr(0, hash);
    while (!before.empty() && (before.back() == ' ' || before.back() == '\t')) before.remove_suffix(1);
    const std::string_view stripped =
        before.substr(std::min(before.size(), static_cast<std::size_t>(leading_spaces(sel.start.line))));
    if (!before.empty() && before.back() == ':') {
        indent += kIndentWidth;
    } else if (starts_with_word(stripped, "return") || starts_with_word(stripped, "pass") ||
               starts_with_word(stripped, "break") || starts_with_word(stripped, "continue") ||
               starts_with_word(stripped, "raise")) {
        indent = std::max(0, indent - kIndentWidth);  // the block ends here
    }
    // Blanks right after the caret would push the new line's text past the indentation: drop them.
    Range range = sel;
    const std::string& end_line = line(range.end.line);
    while (range.end.column < static_cast<int>(end_line.size()) &&
           end_line[static_cast<std::size_t>(range.end.column)] == ' ')
        ++range.end.column;
    begin_step(false);
    const Position end = edit(range, "\n" + std::string(static_cast<std::size_t>(indent), ' '));
    anchor_ = caret_ = end;
    end_step();
    open_group_ = false;
}

void TextBuffer::delete_selection_or(Range fallback) {
    open_group_ = false;
    const Range range = has_selection() ? selection() : fallback;
    if (range.empty()) return;
    begin_step(false);
    edit(range, {});
    anchor_ = caret_ = range.start;
    end_step();
}

void TextBuffer::backspace() {
    if (has_selection()) return delete_selection_or({});
    const Position p = caret_;
    if (p.column == 0) {
        if (p.line > 0) delete_selection_or({{p.line - 1, static_cast<int>(line(p.line - 1).size())}, p});
        return;
    }
    if (leading_spaces(p.line) >= p.column) {  // inside the indentation: back to the previous tab stop
        const int target = ((p.column - 1) / kIndentWidth) * kIndentWidth;
        return delete_selection_or({{p.line, target}, p});
    }
    delete_selection_or({{p.line, prev_char(p.line, p.column)}, p});
}

void TextBuffer::delete_forward() {
    if (has_selection()) return delete_selection_or({});
    const Position p = caret_;
    if (p.column >= static_cast<int>(line(p.line).size())) {
        if (p.line + 1 < line_count()) delete_selection_or({p, {p.line + 1, 0}});
        return;
    }
    delete_selection_or({p, {p.line, next_char(p.line, p.column)}});
}

void TextBuffer::delete_word_left() {
    if (has_selection()) return delete_selection_or({});
    delete_selection_or({word_left(caret_), caret_});
}

void TextBuffer::delete_word_right() {
    if (has_selection()) return delete_selection_or({});
    delete_selection_or({caret_, word_right(caret_)});
}

void TextBuffer::tab() {
    const Range sel = selection();
    if (sel.start.line != sel.end.line) {
        const int last = sel.end.column == 0 ? sel.end.line - 1 : sel.end.line;
        return indent_lines(sel.start.line, last);
    }
    const int chars = chars_before(sel.start);
    const int spaces = kIndentWidth - chars % kIndentWidth;
    open_group_ = false;
    replace_selection(std::string(static_cast<std::size_t>(spaces), ' '), false);
}

void TextBuffer::untab() {
    const Range sel = selection();
    const int last = (sel.end.line > sel.start.line && sel.end.column == 0) ? sel.end.line - 1 : sel.end.line;
    dedent_lines(sel.start.line, last);
}

void TextBuffer::indent_lines(int first, int last) {
    first = std::clamp(first, 0, line_count() - 1);
    last = std::clamp(last, first, line_count() - 1);
    open_group_ = false;
    begin_step(false);
    const std::string pad(static_cast<std::size_t>(kIndentWidth), ' ');
    auto shift = [&](Position& p) {
        if (p.line >= first && p.line <= last && !line(p.line).empty() && p.column > 0)
            p.column += kIndentWidth;
    };
    Position a = anchor_, c = caret_;
    for (int l = first; l <= last; ++l) {
        if (line(l).empty()) continue;  // blank lines stay blank
        edit({{l, 0}, {l, 0}}, pad);
    }
    shift(a);
    shift(c);
    anchor_ = clamp(a);
    caret_ = clamp(c);
    end_step();
}

void TextBuffer::dedent_lines(int first, int last) {
    first = std::clamp(first, 0, line_count() - 1);
    last = std::clamp(last, first, line_count() - 1);
    open_group_ = false;
    begin_step(false);
    Position a = anchor_, c = caret_;
    for (int l = first; l <= last; ++l) {
        const int remove = std::min(leading_spaces(l), kIndentWidth);
        if (remove == 0) continue;
        edit({{l, 0}, {l, remove}}, {});
        if (a.line == l) a.column = std::max(0, a.column - remove);
        if (c.line == l) c.column = std::max(0, c.column - remove);
    }
    anchor_ = clamp(a);
    caret_ = clamp(c);
    end_step();
}

void TextBuffer::toggle_comment() {
    const Range sel = selection();
    const int last = (sel.end.line > sel.start.line && sel.end.column == 0) ? sel.end.line - 1 : sel.end.line;
    toggle_comment_lines(sel.start.line, last);
}

void TextBuffer::toggle_comment_lines(int first, int last) {
    first = std::clamp(first, 0, line_count() - 1);
    last = std::clamp(last, first, line_count() - 1);
    auto blank = [&](int l) { return leading_spaces(l) == static_cast<int>(line(l).size()); };
    // Comment out unless every non-blank line already is one; at the smallest indentation, so that
    // the block's own indentation stays readable after the "# ".
    bool all_comments = true;
    int indent = INT32_MAX;
    for (int l = first; l <= last; ++l) {
        if (blank(l)) continue;
        const int lead = leading_spaces(l);
        indent = std::min(indent, lead);
        if (line(l)[static_cast<std::size_t>(lead)] != '#') all_comments = false;
    }
    if (indent == INT32_MAX) return;  // only blank lines: nothing to comment
    open_group_ = false;
    begin_step(false);
    Position a = anchor_, c = caret_;
    // Moves a position on line l by `delta` bytes if it lies at or after column `at`.
    auto shift = [](Position& p, int l, int at, int delta) {
        if (p.line == l && p.column >= at) p.column = std::max(at, p.column + delta);
    };
    for (int l = first; l <= last; ++l) {
        if (blank(l)) continue;
        if (all_comments) {
            const int at = leading_spaces(l);
            const std::string& text = line(l);
            const int width = (static_cast<std::size_t>(at) + 1 < text.size() && text[at + 1] == ' ') ? 2 : 1;
            edit({{l, at}, {l, at + width}}, {});
            shift(a, l, at, -width);
            shift(c, l, at, -width);
        } else {
            edit({{l, indent}, {l, indent}}, "# ");
            // A selection's end exactly at the indentation stays there (the "# " joins the
            // selection); a lone caret there moves past the marker.
            const bool lone_caret = a == c;
            for (Position* p : {&a, &c})
                if (p->line == l && (p->column > indent || (p->column == indent && lone_caret)))
                    p->column += 2;
        }
    }
    anchor_ = clamp(a);
    caret_ = clamp(c);
    end_step();
}

// ---- Undo and redo ------------------------------------------------------------------------------

bool TextBuffer::undo() {
    if (undo_.empty()) return false;
    Step step = std::move(undo_.back());
    undo_.pop_back();
    for (auto it = step.edits.rbegin(); it != step.edits.rend(); ++it)
        apply({it->start, end_of(it->start, it->inserted)}, it->removed);
    anchor_ = clamp(step.anchor_before);
    caret_ = clamp(step.caret_before);
    step.typed = false;
    redo_.push_back(std::move(step));
    open_group_ = false;
    preferred_chars_ = -1;
    return true;
}

bool TextBuffer::redo() {
    if (redo_.empty()) return false;
    Step step = std::move(redo_.back());
    redo_.pop_back();
    for (const Edit& e : step.edits) apply({e.start, end_of(e.start, e.removed)}, e.inserted);
    anchor_ = clamp(step.anchor_after);
    caret_ = clamp(step.caret_after);
    undo_.push_back(std::move(step));
    open_group_ = false;
    preferred_chars_ = -1;
    return true;
}

}  // namespace loopscope::editor
