// The editor's text model: lines, one selection (anchor + caret), editing commands with Python-aware
// indentation, and undo/redo. No ImGui here: editor_widget.hpp turns input into these calls.
//
// Positions are (line, column) with the column a byte offset into the line's UTF-8 text; moves never
// stop inside a multi-byte character. Every edit goes through replace(), which records it for undo.
// Consecutive typed characters merge into one undo step (a "typed run") until something else
// happens: a caret move, another kind of edit, a newline, or a space after a word.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace loopscope::editor {

struct Position {
    int line = 0;
    int column = 0;  // byte offset in the line

    friend bool operator==(Position a, Position b) { return a.line == b.line && a.column == b.column; }
    friend bool operator!=(Position a, Position b) { return !(a == b); }
    friend bool operator<(Position a, Position b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    }
    friend bool operator<=(Position a, Position b) { return !(b < a); }
};

struct Range {
    Position start;
    Position end;  // start <= end
    bool empty() const { return start == end; }
};

class TextBuffer {
public:
    static constexpr int kIndentWidth = 4;

    explicit TextBuffer(std::string_view text = {});

    // Whole text ("\r\n" and "\r" become "\n"); set_text clears the undo history.
    void set_text(std::string_view text);
    std::string text() const;
    std::string text_in(Range range) const;

    int line_count() const { return static_cast<int>(lines_.size()); }
    const std::string& line(int index) const { return lines_[static_cast<std::size_t>(index)]; }

    // Selection: the anchor stays where it started, the caret moves. Empty when they are equal.
    Position caret() const { return caret_; }
    Position anchor() const { return anchor_; }
    bool has_selection() const { return caret_ != anchor_; }
    Range selection() const;
    std::string selected_text() const { return text_in(selection()); }

    // Places the caret (clamped to the text). extend=true keeps the anchor (shift+move).
    void set_caret(Position position, bool extend = false);
    void set_selection(Position anchor, Position caret);
    void select_all();
    void select_word_at(Position position);  // double-click
    void select_line(int line);              // triple-click
    Position clamp(Position position) const;

    // Caret moves; extend=true extends the selection.
    void move_left(bool extend = false, bool by_word = false);
    void move_right(bool extend = false, bool by_word = false);
    void move_up(int lines = 1, bool extend = false);
    void move_down(int lines = 1, bool extend = false);
    void move_home(bool extend = false);  // smart home: first non-blank, then column 0
    void move_end(bool extend = false);
    void move_to_start(bool extend = false);
    void move_to_end(bool extend = false);

    // Editing. Each command replaces the selection if there is one.
    void type_text(std::string_view text);    // typed characters: merges into the current typed run
    void insert_text(std::string_view text);  // paste: one undo step, text inserted as is
    void new_line();                          // Enter: keeps indentation, indents after ':'
    void backspace();                         // over indentation, removes back to the previous tab stop
    void delete_forward();
    void delete_word_left();
    void delete_word_right();
    void tab();    // indents the selected lines, or inserts spaces up to the next tab stop
    void untab();  // Shift+Tab: dedents the caret's line or the selected lines
    void indent_lines(int first, int last);
    void dedent_lines(int first, int last);
    // Ctrl+/: comments out the caret's line or the selected lines ("# " at their common indentation),
    // or, when every non-blank one is already a comment, removes the "#" (and one space after it).
    void toggle_comment();
    void toggle_comment_lines(int first, int last);

    // Undo/redo whole steps; false when there is nothing to undo/redo.
    bool undo();
    bool redo();
    bool can_undo() const { return !undo_.empty(); }
    bool can_redo() const { return !redo_.empty(); }
    // Closes the current typed run, so the next edit starts a new undo step.
    void break_undo_group() { open_group_ = false; }

    // Grows by one on every change of the text (for caches such as the highlighter's).
    std::uint64_t version() const { return version_; }
    // The first line changed since the last call (INT32_MAX if none): caches redo work from there.
    int take_first_changed_line();

    // Replaces [start, end) with text (one undo step; the selection is kept where it was, clamped)
    // and returns the end of the inserted text.
    Position replace(Range range, std::string_view text);

    // Columns as characters (what the monospace grid shows) and back: byte column of the chars-th
    // character of a line (its end if shorter), and the number of characters before a position.
    int column_for_chars(int line, int chars) const;
    int chars_before(Position p) const;

    // Character classes for word moves and double-click.
    enum class CharClass { Space, Word, Punct };
    static CharClass classify(unsigned char c);

private:
    struct Edit {
        Position start;
        std::string removed;
        std::string inserted;
    };
    struct Step {
        std::vector<Edit> edits;
        Position anchor_before, caret_before;
        Position anchor_after, caret_after;
        bool typed = false;  // a typed run that may still grow
    };

    Position apply(Range range, std::string_view text);  // the raw edit, not recorded
    Position end_of(Position start, std::string_view text) const;
    // An undo step: begin_step opens one (or continues the open typed run), edit() applies and
    // records, end_step stores where the selection ended up.
    void begin_step(bool typed);
    Position edit(Range range, std::string_view text);
    void end_step();
    void replace_selection(std::string_view text, bool typed);
    void delete_selection_or(Range fallback);
    int leading_spaces(int line) const;
    int prev_char(int line, int column) const;
    int next_char(int line, int column) const;
    Position word_left(Position p) const;
    Position word_right(Position p) const;
    void note_changed(int line);

    std::vector<std::string> lines_;
    Position anchor_, caret_;
    int preferred_chars_ = -1;  // column (in characters) kept by up/down moves; -1: take the caret's
    std::vector<Step> undo_, redo_;
    bool open_group_ = false;
    std::uint64_t version_ = 0;
    int first_changed_line_ = 0;
};

// Number of Unicode characters in a UTF-8 string (continuation bytes are not counted).
int utf8_length(std::string_view text);

}  // namespace loopscope::editor
