// The code editor as a Dear ImGui widget: line numbers, Python highlighting, caret and selection,
// mouse and keyboard editing, clipboard, a find bar, gutter markers and scrolling to a line.
//
//     static loopscope::editor::EditorWidget editor;
//     editor.set_text(source);                // once
//     if (editor.draw("##code", size)) ...    // every frame; true when the text changed
//
// Only the visible lines are laid out and drawn, so a 10k-line file costs the same per frame as a
// 50-line one. The text model (TextBuffer), the lexer and find know nothing of ImGui and are tested
// on their own; this file maps input to them and draws.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "find.hpp"
#include "imgui.h"
#include "python_lexer.hpp"
#include "text_buffer.hpp"

namespace loopscope::editor {

// A marker "task X is suspended here", given from outside (0-based line).
struct TaskMarker {
    int line = 0;
    std::string label;  // e.g. "Task-2 (worker)"
};
// A line's tooltip names this many of its markers (in the order given) and counts the rest, whose
// labels may be left empty.
inline constexpr int kMarkerLabelsShown = 20;

class EditorWidget {
public:
    EditorWidget();

    TextBuffer& buffer() { return buffer_; }
    const TextBuffer& buffer() const { return buffer_; }
    void set_text(std::string_view text);  // replaces everything, clears undo and markers
    std::string text() const { return buffer_.text(); }

    // Draws the editor filling `size` (0 = the available space). Returns true if the text changed.
    bool draw(const char* id, ImVec2 size = ImVec2(0, 0));

    // Error marker: the line is tinted, the gutter shows a red mark whose tooltip is the message.
    void set_error(int line, std::string message);
    void clear_error() {
        error_line_ = -1;
        error_message_.clear();
    }
    int error_line() const { return error_line_; }
    // Per-task markers (replaces the previous set; an empty vector clears them). Kept sorted by line,
    // so drawing finds a line's markers by binary search even with thousands of tasks.
    void set_task_markers(std::vector<TaskMarker> markers);
    const std::vector<TaskMarker>& task_markers() const { return task_markers_; }

    // Scrolls so the line is visible (centred if it was off-screen) and puts the caret on it.
    void scroll_to_line(int line);

    // Inserts text at the caret as a paste does (one undo step); nothing when read-only.
    void paste_text(std::string_view text);

    void open_find();  // Ctrl+F
    bool find_open() const { return find_open_; }
    void set_read_only(bool read_only) { read_only_ = read_only; }
    bool focused() const { return focused_; }
    // Gives the keyboard focus to the text at the next draw().
    void focus() { want_focus_ = true; }
    // Screen position inside line `line` (0-based; its first character) as of the last draw, scrolled;
    // false if there is no such line (tests aim clicks with it).
    bool line_point(int line, ImVec2& out) const;

private:
    struct Metrics {
        float char_w = 7, line_h = 13, gutter_w = 40;
        ImVec2 origin;  // screen position of line 0, column 0 of the text (scrolled)
    };

    // The markers on one line: [first, last) of task_markers_.
    std::pair<const TaskMarker*, const TaskMarker*> markers_on(int line) const;
    void draw_find_bar();
    void handle_keyboard(const Metrics& m, float visible_h);
    void handle_mouse(const Metrics& m);
    void draw_text(const Metrics& m, int first, int last);
    void draw_gutter(const Metrics& m, int first, int last);
    Position position_at(const Metrics& m, ImVec2 mouse) const;
    void ensure_caret_visible(const Metrics& m);
    void refresh_matches();
    void find_step(bool forward);
    void copy(bool cut);
    void paste();
    int widest_line_chars();

    TextBuffer buffer_;
    HighlightCache highlight_;
    std::vector<Token> tokens_;  // scratch for one line (kept to avoid reallocating per frame)

    int error_line_ = -1;
    std::string error_message_;
    std::vector<TaskMarker> task_markers_;

    Metrics last_metrics_{0, 0, 0, {}};  // of the last draw (line_point)
    bool focused_ = false;
    bool want_focus_ = false;
    bool read_only_ = false;
    bool dragging_ = false;
    bool dragging_words_ = false;  // after a double-click: the drag extends by whole words
    Range drag_word_;              // the double-clicked word
    bool caret_moved_ = false;     // scroll to the caret after this frame's input
    int pending_scroll_line_ = -1;
    float blink_start_ = 0.0f;

    // Find bar.
    bool find_open_ = false;
    bool find_focus_ = false;
    char find_text_[256] = {};
    FindOptions find_options_;
    std::vector<Range> matches_;
    std::string matches_needle_;
    FindOptions matches_options_;
    std::uint64_t matches_version_ = ~std::uint64_t{0};
    int current_match_ = -1;

    // Widest line (characters), recomputed when the text changes.
    std::uint64_t widest_version_ = ~std::uint64_t{0};
    int widest_chars_ = 0;
    std::uint64_t last_version_ = 0;
};

}  // namespace loopscope::editor
