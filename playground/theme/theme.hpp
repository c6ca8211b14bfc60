// The playground's two colour themes: dark (the default, for screens) and light (for projectors and
// printed slides, where a dark page washes out). One palette holds every colour the app draws by hand
// (the editor's text and syntax, the timeline's ground and ruler, the console's streams); ImGui's
// own widgets follow its built-in dark/light styles. Task-state colours stay the same in both: they
// are saturated enough for either ground and keep their meaning when a user switches.
#pragma once

#include <optional>
#include <string_view>

#include "imgui.h"

namespace loopscope::theme {

enum class Theme { dark, light };

std::string_view theme_name(Theme theme) noexcept;                 // "dark" / "light"
std::optional<Theme> parse_theme(std::string_view name) noexcept;  // the reverse; nullopt if unknown

struct Palette {
    // The editor.
    ImU32 tokens[11];  // per editor::TokenKind, in its order
    ImU32 editor_background, gutter_background, line_number, line_number_current, current_line;
    ImU32 selection, match, current_match, caret;
    ImU32 error_line, task_line, task_label;
    // The timeline.
    ImU32 ruler_background, ruler_tick, ruler_text, lane_stripe, cursor, bar_label, bar_label_dim;
    ImU32 idle;  // the loop's lane while it waits
    // Text colours of the console and messages.
    ImVec4 stdout_text, stderr_text, info_text, warning_text;
};

const Palette& palette(Theme theme) noexcept;
// The palette of the theme applied last (dark before any).
const Palette& palette() noexcept;
Theme current_theme() noexcept;
// Makes `theme` current: ImGui's style colours and palette(). Needs an ImGui context.
void apply_theme(Theme theme);

}  // namespace loopscope::theme
