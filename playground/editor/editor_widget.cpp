// EditorWidget (editor_widget.hpp): the code editor drawn with ImGui over a TextBuffer, with the
// Python lexer's colours, find, error and task markers.
//
// Index of this file:
//   Colours and helpers
//   Content and markers
//   Find bar
//   Mouse
//   Clipboard
//   Keyboard
//   Drawing (text, gutter)
//   The frame (draw)
#include "editor_widget.hpp"

#include "theme.hpp"

#include <algorithm>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdio>

#include "imgui_internal.h"  // ImGuiWindow::InnerRect: the visible area without scrollbars

namespace loopscope::editor {

namespace {

// ---- Colours and helpers ------------------------------------------------------------------------

// The theme's colours (theme.hpp): per TokenKind, then the editor's own. The marks in the gutter
// keep one colour in both themes.
static_assert(sizeof(theme::Palette::tokens) / sizeof(theme::Palette::tokens[0]) ==
              static_cast<int>(TokenKind::Count));
const theme::Palette& colors() { return theme::palette(); }
constexpr ImU32 kErrorMark = IM_COL32(230, 70, 70, 255);
constexpr ImU32 kTaskMark = IM_COL32(80, 160, 250, 255);

// Encodes one code point as UTF-8 into out (at least 4 bytes); returns the byte count.
int encode_utf8(unsigned int cp, char* out) {
    if (cp < 0x80) {
        out[0] = static_cast<char>(cp);
        return 1;
    }
    if (cp < 0x800) {
        out[0] = static_cast<char>(0xC0 | (cp >> 6));
        out[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) return 0;  // a lone surrogate is not a character
    if (cp < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (cp >> 12));
        out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (cp & 0x3F));
        return 3;
    }
    if (cp > 0x10FFFF) return 0;
    out[0] = static_cast<char>(0xF0 | (cp >> 18));
    out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return 4;
}

bool shortcut_tooltip(const char* text) {
    if (!ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) return false;
    ImGui::SetTooltip("%s", text);
    return true;
}

}  // namespace

EditorWidget::EditorWidget() = default;

// ---- Content and markers ------------------------------------------------------------------------

void EditorWidget::set_text(std::string_view text) {
    buffer_.set_text(text);
    highlight_.clear();
    clear_error();
    task_markers_.clear();
    matches_version_ = ~std::uint64_t{0};
    current_match_ = -1;
    pending_scroll_line_ = 0;
    last_version_ = buffer_.version();
}

void EditorWidget::set_task_markers(std::vector<TaskMarker> markers) {
    std::stable_sort(markers.begin(), markers.end(),
                     [](const TaskMarker& a, const TaskMarker& b) { return a.line < b.line; });
    task_markers_ = std::move(markers);
}

std::pair<const TaskMarker*, const TaskMarker*> EditorWidget::markers_on(int line) const {
    const auto [first, last] =
        std::equal_range(task_markers_.begin(), task_markers_.end(), TaskMarker{line, {}},
                         [](const TaskMarker& a, const TaskMarker& b) { return a.line < b.line; });
    const TaskMarker* base = task_markers_.data();
    return {base + (first - task_markers_.begin()), base + (last - task_markers_.begin())};
}

void EditorWidget::set_error(int line, std::string message) {
    error_line_ = line;
    error_message_ = std::move(message);
}

void EditorWidget::scroll_to_line(int line) {
    line = std::clamp(line, 0, buffer_.line_count() - 1);
    buffer_.set_caret({line, 0});
    buffer_.move_home();  // to the first non-blank character
    pending_scroll_line_ = line;
}

// ---- Find bar -----------------------------------------------------------------------------------

void EditorWidget::open_find() {
    find_open_ = true;
    find_focus_ = true;
    // Start from the selected text when it is a single line (as most editors do).
    if (buffer_.has_selection()) {
        const std::string sel = buffer_.selected_text();
        if (sel.find('\n') == std::string::npos && sel.size() < sizeof(find_text_)) {
            std::snprintf(find_text_, sizeof(find_text_), "%s", sel.c_str());
        }
    }
}

int EditorWidget::widest_line_chars() {
    if (widest_version_ != buffer_.version()) {
        widest_chars_ = 0;
        for (int l = 0; l < buffer_.line_count(); ++l)
            widest_chars_ = std::max(widest_chars_, utf8_length(buffer_.line(l)));
        widest_version_ = buffer_.version();
    }
    return widest_chars_;
}

void EditorWidget::refresh_matches() {
    const std::string_view needle = find_text_;
    if (matches_version_ == buffer_.version() && matches_needle_ == needle &&
        matches_options_.match_case == find_options_.match_case &&
        matches_options_.whole_word == find_options_.whole_word)
        return;
    matches_ = find_all(buffer_, needle, find_options_, 10000);
    matches_needle_ = needle;
    matches_options_ = find_options_;
    matches_version_ = buffer_.version();
    current_match_ = -1;
    const Range sel = buffer_.selection();
    for (std::size_t i = 0; i < matches_.size(); ++i)
        if (matches_[i].start == sel.start && matches_[i].end == sel.end)
            current_match_ = static_cast<int>(i);
}

void EditorWidget::find_step(bool forward) {
    const Range sel = buffer_.selection();
    Range match;
    const Position from = forward ? (sel.empty() ? sel.start : sel.end) : sel.start;
    if (!find_next(buffer_, find_text_, from, forward, find_options_, match)) return;
    buffer_.set_selection(match.start, match.end);
    caret_moved_ = true;
    refresh_matches();
    const auto it = std::lower_bound(matches_.begin(), matches_.end(), match.start,
                                     [](const Range& r, Position p) { return r.start < p; });
    current_match_ =
        it != matches_.end() && it->start == match.start ? static_cast<int>(it - matches_.begin()) : -1;
}

void EditorWidget::draw_find_bar() {
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextItemWidth(std::min(260.0f, ImGui::GetContentRegionAvail().x * 0.4f));
    if (find_focus_) {
        ImGui::SetKeyboardFocusHere();
        find_focus_ = false;
    }
    if (ImGui::InputTextWithHint("##find", "Find", find_text_, sizeof(find_text_),
                                 ImGuiInputTextFlags_EnterReturnsTrue)) {
        find_step(!io.KeyShift);
        ImGui::SetKeyboardFocusHere(-1);  // Enter again finds the next one
    }
    const bool input_active = ImGui::IsItemActive();
    shortcut_tooltip("Find in the script (Ctrl+F)\nEnter / Shift+Enter: next / previous");
    refresh_matches();
    ImGui::SameLine();
    if (ImGui::ArrowButton("##prev", ImGuiDir_Up)) find_step(false);
    shortcut_tooltip("Previous match (Shift+F3)");
    ImGui::SameLine();
    if (ImGui::ArrowButton("##next", ImGuiDir_Down)) find_step(true);
    shortcut_tooltip("Next match (F3)");
    ImGui::SameLine();
    ImGui::Checkbox("Aa", &find_options_.match_case);
    shortcut_tooltip("Match case");
    ImGui::SameLine();
    ImGui::Checkbox("Word", &find_options_.whole_word);
    shortcut_tooltip("Whole words only");
    ImGui::SameLine();
    if (find_text_[0] == '\0')
        ImGui::TextDisabled("type to search");
    else if (matches_.empty())
        ImGui::TextColored(ImVec4(1.0f, 0.45f, 0.45f, 1.0f), "no matches");
    else if (current_match_ >= 0)
        ImGui::Text("%d of %d%s", current_match_ + 1, static_cast<int>(matches_.size()),
                    matches_.size() >= 10000 ? "+" : "");
    else
        ImGui::Text("%d matches%s", static_cast<int>(matches_.size()), matches_.size() >= 10000 ? "+" : "");
    ImGui::SameLine();
    if (ImGui::SmallButton("Close") || (input_active && ImGui::IsKeyPressed(ImGuiKey_Escape))) {
        find_open_ = false;
        want_focus_ = true;
    }
    shortcut_tooltip("Close the find bar (Escape)");
}

// ---- Mouse --------------------------------------------------------------------------------------

Position EditorWidget::position_at(const Metrics& m, ImVec2 mouse) const {
    const int line = std::clamp(static_cast<int>(std::floor((mouse.y - m.origin.y) / m.line_h)), 0,
                                buffer_.line_count() - 1);
    const int chars = std::max(0, static_cast<int>(std::lround((mouse.x - m.origin.x) / m.char_w)));
    return {line, buffer_.column_for_chars(line, chars)};
}

void EditorWidget::handle_mouse(const Metrics& m) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec2 mouse = io.MousePos;
    const bool inside = window->InnerRect.Contains(mouse);  // not on a scrollbar
    if (ImGui::IsWindowHovered() && inside) {
        ImGui::SetMouseCursor(mouse.x >= window->InnerRect.Min.x + m.gutter_w ? ImGuiMouseCursor_TextInput
                                                                              : ImGuiMouseCursor_Arrow);
        if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
            const Position p = position_at(m, mouse);
            const int clicks = ImGui::GetMouseClickedCount(ImGuiMouseButton_Left);
            if (mouse.x < window->InnerRect.Min.x + m.gutter_w) {
                buffer_.select_line(p.line);  // a click on a line number selects the line
            } else if (clicks == 2) {
                buffer_.select_word_at(p);
                drag_word_ = buffer_.selection();
                dragging_words_ = true;
            } else if (clicks >= 3) {
                buffer_.select_line(p.line);
            } else {
                buffer_.set_caret(p, io.KeyShift);
                dragging_ = true;
            }
            blink_start_ = static_cast<float>(ImGui::GetTime());
        }
    }
    if (dragging_words_) {
        if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
            dragging_words_ = false;
        } else if (io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f) {
            buffer_.select_word_at(position_at(m, mouse));
            const Range word = buffer_.selection();
            if (word.start < drag_word_.start)
                buffer_.set_selection(drag_word_.end, word.start);
            else
                buffer_.set_selection(
                    drag_word_.start,
                    std::max(word.end, drag_word_.end, [](Position a, Position b) { return a < b; }));
        }
    }
    if (dragging_) {
        if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
            dragging_ = false;
        } else if (io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f || mouse.y < window->InnerRect.Min.y ||
                   mouse.y > window->InnerRect.Max.y) {
            buffer_.set_caret(position_at(m, mouse), true);
            // Dragging past the top or bottom edge scrolls.
            if (mouse.y < window->InnerRect.Min.y) ImGui::SetScrollY(ImGui::GetScrollY() - m.line_h);
            if (mouse.y > window->InnerRect.Max.y) ImGui::SetScrollY(ImGui::GetScrollY() + m.line_h);
        }
    }
}

// ---- Clipboard ----------------------------------------------------------------------------------

void EditorWidget::copy(bool cut) {
    if (buffer_.has_selection()) {
        ImGui::SetClipboardText(buffer_.selected_text().c_str());
        if (cut && !read_only_) buffer_.backspace();
        return;
    }
    // No selection: the whole line, as most code editors do.
    const int line = buffer_.caret().line;
    ImGui::SetClipboardText((buffer_.line(line) + "\n").c_str());
    if (cut && !read_only_) {
        buffer_.select_line(line);
        buffer_.backspace();
    }
}

void EditorWidget::paste() {
    const char* text = ImGui::GetClipboardText();
    if (text != nullptr && *text != '\0') paste_text(text);
}

void EditorWidget::paste_text(std::string_view text) {
    if (read_only_ || text.empty()) return;
    buffer_.insert_text(text);
    caret_moved_ = true;
}

// ---- Keyboard -----------------------------------------------------------------------------------

void EditorWidget::handle_keyboard(const Metrics& m, float visible_h) {
    ImGuiIO& io = ImGui::GetIO();
    const bool mac = io.ConfigMacOSXBehaviors;
    const bool ctrl = mac ? io.KeySuper : io.KeyCtrl;  // the shortcut modifier (Cmd on macOS)
    const bool word = mac ? io.KeyAlt : io.KeyCtrl;    // moves by word
    const bool shift = io.KeyShift;
    const bool alt = io.KeyAlt;
    auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(key, true); };
    const int page = std::max(1, static_cast<int>(visible_h / m.line_h) - 1);
    const std::uint64_t before = buffer_.version();
    const Position caret_before = buffer_.caret(), anchor_before = buffer_.anchor();

    if (pressed(ImGuiKey_LeftArrow))
        buffer_.move_left(shift, word);
    else if (pressed(ImGuiKey_RightArrow))
        buffer_.move_right(shift, word);
    else if (pressed(ImGuiKey_UpArrow))
        buffer_.move_up(1, shift);
    else if (pressed(ImGuiKey_DownArrow))
        buffer_.move_down(1, shift);
    else if (pressed(ImGuiKey_PageUp))
        buffer_.move_up(page, shift);
    else if (pressed(ImGuiKey_PageDown))
        buffer_.move_down(page, shift);
    else if (pressed(ImGuiKey_Home))
        ctrl ? buffer_.move_to_start(shift) : buffer_.move_home(shift);
    else if (pressed(ImGuiKey_End))
        ctrl ? buffer_.move_to_end(shift) : buffer_.move_end(shift);
    else if (ctrl && pressed(ImGuiKey_A))
        buffer_.select_all();
    else if (ctrl && pressed(ImGuiKey_C))
        copy(false);
    else if (ctrl && pressed(ImGuiKey_Insert))
        copy(false);
    else if (ctrl && pressed(ImGuiKey_F))
        open_find();
    else if (pressed(ImGuiKey_F3))
        find_step(!shift);
    else if (pressed(ImGuiKey_Escape) && find_open_)
        find_open_ = false;
    else if (!read_only_) {
        if (ctrl && !shift && pressed(ImGuiKey_Z))
            buffer_.undo();
        else if (ctrl && ((shift && pressed(ImGuiKey_Z)) || pressed(ImGuiKey_Y)))
            buffer_.redo();
        else if (ctrl && (pressed(ImGuiKey_Slash) || pressed(ImGuiKey_KeypadDivide)))
            buffer_.toggle_comment();
        else if (ctrl && pressed(ImGuiKey_X))
            copy(true);
        else if (ctrl && pressed(ImGuiKey_V))
            paste();
        else if (shift && pressed(ImGuiKey_Insert))
            paste();
        else if (!ctrl && !alt && (pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeypadEnter)))
            buffer_.new_line();
        else if (pressed(ImGuiKey_Backspace))
            word ? buffer_.delete_word_left() : buffer_.backspace();
        else if (pressed(ImGuiKey_Delete))
            word ? buffer_.delete_word_right() : buffer_.delete_forward();
        else if (!ctrl && pressed(ImGuiKey_Tab))
            shift ? buffer_.untab() : buffer_.tab();

        // Typed characters (AltGr combinations arrive as Ctrl+Alt on some systems: accept those).
        if (!ctrl || alt) {
            for (const ImWchar c : io.InputQueueCharacters) {
                if (c < 32 || c == 127) continue;  // control characters are handled as keys above
                char utf8[4];
                const int n = encode_utf8(c, utf8);
                if (n > 0) buffer_.type_text(std::string_view(utf8, static_cast<std::size_t>(n)));
            }
        }
    }
    if (buffer_.version() != before || buffer_.caret() != caret_before || buffer_.anchor() != anchor_before) {
        caret_moved_ = true;
        blink_start_ = static_cast<float>(ImGui::GetTime());
    }
}

// ---- Drawing (text, gutter) ---------------------------------------------------------------------

void EditorWidget::ensure_caret_visible(const Metrics& m) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const float visible_h = window->InnerRect.GetHeight();
    const float visible_w = window->InnerRect.GetWidth() - m.gutter_w;
    const Position caret = buffer_.caret();
    const float y = static_cast<float>(caret.line) * m.line_h;
    const float scroll_y = ImGui::GetScrollY();
    if (y < scroll_y)
        ImGui::SetScrollY(y);
    else if (y + m.line_h > scroll_y + visible_h)
        ImGui::SetScrollY(y + m.line_h - visible_h);
    const float x = static_cast<float>(buffer_.chars_before(caret)) * m.char_w;
    const float scroll_x = ImGui::GetScrollX();
    if (x < scroll_x)
        ImGui::SetScrollX(std::max(0.0f, x - 4 * m.char_w));
    else if (x + m.char_w > scroll_x + visible_w)
        ImGui::SetScrollX(x - visible_w + 4 * m.char_w);
}

void EditorWidget::draw_text(const Metrics& m, int first, int last) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* font = ImGui::GetFont();
    const float font_size = ImGui::GetFontSize();
    const ImRect inner = window->InnerRect;
    const float text_left = inner.Min.x + m.gutter_w;
    dl->PushClipRect(ImVec2(text_left, inner.Min.y), inner.Max, true);

    const Range sel = buffer_.selection();
    const Position caret = buffer_.caret();
    const float y_pad = (m.line_h - font_size) * 0.5f;
    auto x_of = [&](int line, int column) {
        return m.origin.x + static_cast<float>(buffer_.chars_before({line, column})) * m.char_w;
    };

    LineState state = highlight_.state_at(first, [&](int i) { return std::string_view(buffer_.line(i)); });
    auto match = std::lower_bound(matches_.begin(), matches_.end(), Position{first, 0},
                                  [](const Range& r, Position p) { return r.start < p; });
    for (int l = first; l <= last; ++l) {
        const std::string& text = buffer_.line(l);
        const float y = m.origin.y + static_cast<float>(l) * m.line_h;
        const ImVec2 row_min(text_left, y), row_max(inner.Max.x, y + m.line_h);

        if (l == error_line_) {
            dl->AddRectFilled(row_min, row_max, colors().error_line);
            const ImVec2 mouse = ImGui::GetIO().MousePos;
            if (ImGui::IsWindowHovered() && !dragging_ && ImRect(row_min, row_max).Contains(mouse) &&
                inner.Contains(mouse))
                ImGui::SetTooltip("%s", error_message_.empty() ? "error" : error_message_.c_str());
        }
        const auto [markers_begin, markers_end] = markers_on(l);
        const bool task_here = markers_begin != markers_end;
        if (task_here) dl->AddRectFilled(row_min, row_max, colors().task_line);
        if (l == caret.line && sel.empty() && focused_)
            dl->AddRectFilled(row_min, row_max, colors().current_line);

        if (!sel.empty() && l >= sel.start.line && l <= sel.end.line) {
            const float x0 = l == sel.start.line ? x_of(l, sel.start.column) : m.origin.x;
            // A selected line break shows as one extra character cell.
            const float x1 = l == sel.end.line ? x_of(l, sel.end.column)
                                               : x_of(l, static_cast<int>(text.size())) + m.char_w;
            dl->AddRectFilled(ImVec2(x0, y), ImVec2(x1, y + m.line_h), colors().selection);
        }
        if (find_open_) {
            for (; match != matches_.end() && match->start.line == l; ++match) {
                const bool current = current_match_ >= 0 && match - matches_.begin() == current_match_;
                dl->AddRectFilled(ImVec2(x_of(l, match->start.column), y),
                                  ImVec2(x_of(l, match->end.column), y + m.line_h),
                                  current ? colors().current_match : colors().match);
            }
        }

        tokens_.clear();
        state = lex_python_line(text, state, tokens_);
        int chars = 0;
        for (const Token& t : tokens_) {
            const float x = m.origin.x + static_cast<float>(chars) * m.char_w;
            if (x > inner.Max.x) break;  // the rest of a long line is off-screen
            const char* begin = text.data() + t.start;
            const char* end = begin + t.length;
            const int token_chars = utf8_length(std::string_view(begin, static_cast<std::size_t>(t.length)));
            if (x + static_cast<float>(token_chars) * m.char_w >= text_left)
                dl->AddText(font, font_size, ImVec2(x, y + y_pad), colors().tokens[static_cast<int>(t.kind)],
                            begin, end);
            chars += token_chars;
        }
        if (task_here) {
            float x = m.origin.x + static_cast<float>(utf8_length(text) + 3) * m.char_w;
            int shown = 0;
            for (const TaskMarker* t = markers_begin; t != markers_end; ++t) {
                if (++shown > 4) {  // a line where hundreds of tasks wait: a count, not hundreds of labels
                    char more[48];
                    std::snprintf(more, sizeof(more), "(+%d more)", static_cast<int>(markers_end - t));
                    dl->AddText(font, font_size, ImVec2(x, y + y_pad), colors().task_label, more);
                    break;
                }
                char label[160];
                std::snprintf(label, sizeof(label), "<- %s", t->label.c_str());
                dl->AddText(font, font_size, ImVec2(x, y + y_pad), colors().task_label, label);
                x += font->CalcTextSizeA(font_size, FLT_MAX, 0.0f, label).x + 2 * m.char_w;
            }
        }
    }

    // The caret blinks while the editor has the focus (solid for a moment after each move).
    const float since = static_cast<float>(ImGui::GetTime()) - blink_start_;
    if (focused_ && (since < 0.5f || std::fmod(since, 1.0f) < 0.6f) && caret.line >= first &&
        caret.line <= last) {
        const float x = x_of(caret.line, caret.column);
        const float y = m.origin.y + static_cast<float>(caret.line) * m.line_h;
        dl->AddRectFilled(ImVec2(x, y), ImVec2(x + std::max(1.0f, ImGui::GetFontSize() / 8.0f), y + m.line_h),
                          colors().caret);
    }
    dl->PopClipRect();
}

void EditorWidget::draw_gutter(const Metrics& m, int first, int last) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* font = ImGui::GetFont();
    const float font_size = ImGui::GetFontSize();
    const ImRect inner = window->InnerRect;
    const float left = inner.Min.x;
    dl->PushClipRect(inner.Min, ImVec2(left + m.gutter_w, inner.Max.y), true);
    dl->AddRectFilled(inner.Min, ImVec2(left + m.gutter_w, inner.Max.y), colors().gutter_background);

    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool gutter_hovered = ImGui::IsWindowHovered() && mouse.x >= left && mouse.x < left + m.gutter_w &&
                                mouse.y >= inner.Min.y && mouse.y < inner.Max.y;
    const float y_pad = (m.line_h - font_size) * 0.5f;
    const float mark_r = std::max(2.0f, m.line_h * 0.22f);
    const int caret_line = buffer_.caret().line;
    for (int l = first; l <= last; ++l) {
        const float y = m.origin.y + static_cast<float>(l) * m.line_h;
        char number[16];
        const int len = std::snprintf(number, sizeof(number), "%d", l + 1);
        const float x = left + m.gutter_w - static_cast<float>(len + 1) * m.char_w;
        dl->AddText(font, font_size, ImVec2(x, y + y_pad),
                    l == caret_line ? colors().line_number_current : colors().line_number, number,
                    number + len);
        // Two marker slots left of the number: the error dot, then the task triangle.
        const ImVec2 mark(left + m.char_w * 0.8f, y + m.line_h * 0.5f);
        const bool row_hovered = gutter_hovered && mouse.y >= y && mouse.y < y + m.line_h;
        if (l == error_line_) {
            dl->AddCircleFilled(mark, mark_r, kErrorMark);
            if (row_hovered)
                ImGui::SetTooltip("%s", error_message_.empty() ? "error" : error_message_.c_str());
        }
        const auto [markers_begin, markers_end] = markers_on(l);
        if (markers_begin != markers_end) {
            const float x0 = mark.x + m.char_w * 0.9f;
            dl->AddTriangleFilled(ImVec2(x0, mark.y - mark_r), ImVec2(x0, mark.y + mark_r),
                                  ImVec2(x0 + mark_r * 1.6f, mark.y), kTaskMark);
            if (row_hovered && l != error_line_) {
                ImGui::BeginTooltip();
                int shown = 0;
                for (const TaskMarker* t = markers_begin; t != markers_end; ++t) {
                    if (++shown > kMarkerLabelsShown) {
                        ImGui::Text("... and %d more tasks", static_cast<int>(markers_end - t));
                        break;
                    }
                    ImGui::Text("%s suspended here", t->label.c_str());
                }
                ImGui::EndTooltip();
            }
        }
    }
    dl->PopClipRect();
}

bool EditorWidget::line_point(int line, ImVec2& out) const {
    if (line < 0 || line >= buffer_.line_count() || last_metrics_.line_h <= 0) return false;
    out = ImVec2(last_metrics_.origin.x + last_metrics_.char_w,
                 last_metrics_.origin.y + (static_cast<float>(line) + 0.5f) * last_metrics_.line_h);
    return true;
}

// ---- The frame (draw) ---------------------------------------------------------------------------

bool EditorWidget::draw(const char* id, ImVec2 size) {
    ImGui::PushID(id);
    const std::uint64_t version_before = last_version_;
    if (find_open_) draw_find_bar();

    ImFont* font = ImGui::GetFont();
    Metrics m;
    m.char_w = font->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, 0.0f, "M").x;
    m.line_h = std::floor(ImGui::GetFontSize() * 1.3f);
    int digits = 1;
    for (int n = buffer_.line_count(); n >= 10; n /= 10) ++digits;
    m.gutter_w = static_cast<float>(std::max(digits, 3) + 3) * m.char_w;

    ImGui::PushStyleColor(ImGuiCol_ChildBg, colors().editor_background);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    if (want_focus_) {
        ImGui::SetNextWindowFocus();
        want_focus_ = false;
    }
    // NoNavInputs: arrows and Tab edit the text instead of moving ImGui's keyboard focus.
    ImGui::BeginChild("text", size, ImGuiChildFlags_None,
                      ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_NoNavInputs);
    focused_ = ImGui::IsWindowFocused();
    if (focused_) ImGui::SetNextFrameWantCaptureKeyboard(true);
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const float visible_h = window->InnerRect.GetHeight();
    m.origin = ImGui::GetCursorScreenPos();
    m.origin.x += m.gutter_w + m.char_w * 0.5f;
    last_metrics_ = m;

    handle_mouse(m);
    if (focused_ && !ImGui::IsAnyItemActive()) handle_keyboard(m, visible_h);
    if (const int changed = buffer_.take_first_changed_line(); changed != INT32_MAX)
        highlight_.invalidate_from(changed);

    // The scrollable size: every line, plus room to scroll the last one up to the middle.
    const float content_w = m.gutter_w + static_cast<float>(widest_line_chars() + 8) * m.char_w;
    const float content_h = static_cast<float>(buffer_.line_count()) * m.line_h + visible_h * 0.5f;
    ImGui::Dummy(ImVec2(content_w, content_h));

    if (pending_scroll_line_ >= 0) {
        const float y = static_cast<float>(pending_scroll_line_) * m.line_h;
        if (y < ImGui::GetScrollY() || y + m.line_h > ImGui::GetScrollY() + visible_h)
            ImGui::SetScrollY(std::max(0.0f, y - visible_h * 0.4f));
        pending_scroll_line_ = -1;
        caret_moved_ = false;
    } else if (caret_moved_) {
        ensure_caret_visible(m);
        caret_moved_ = false;
    }

    const float scroll_y = ImGui::GetScrollY();
    const int first = std::clamp(static_cast<int>(scroll_y / m.line_h), 0, buffer_.line_count() - 1);
    const int last =
        std::clamp(static_cast<int>((scroll_y + visible_h) / m.line_h) + 1, 0, buffer_.line_count() - 1);
    draw_text(m, first, last);
    draw_gutter(m, first, last);

    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImGui::PopID();
    last_version_ = buffer_.version();
    return last_version_ != version_before;
}

}  // namespace loopscope::editor
