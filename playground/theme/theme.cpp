#include "theme.hpp"

namespace loopscope::theme {

namespace {

// Dark: a VS Code-like dark editor on ImGui's dark style.
constexpr Palette kDark = {
    {
        IM_COL32(212, 212, 212, 255),  // Text
        IM_COL32(197, 134, 192, 255),  // Keyword
        IM_COL32(78, 201, 176, 255),   // Builtin
        IM_COL32(206, 145, 120, 255),  // String
        IM_COL32(156, 220, 254, 255),  // FStringExpr
        IM_COL32(181, 206, 168, 255),  // Number
        IM_COL32(106, 153, 85, 255),   // Comment
        IM_COL32(220, 220, 170, 255),  // Decorator
        IM_COL32(180, 180, 180, 255),  // Operator
        IM_COL32(220, 220, 170, 255),  // Definition
        IM_COL32(86, 156, 214, 255),   // Self
    },
    IM_COL32(30, 30, 34, 255),          // editor_background
    IM_COL32(37, 37, 42, 255),          // gutter_background
    IM_COL32(110, 110, 120, 255),       // line_number
    IM_COL32(200, 200, 210, 255),       // line_number_current
    IM_COL32(255, 255, 255, 12),        // current_line
    IM_COL32(38, 79, 120, 255),         // selection
    IM_COL32(120, 100, 20, 150),        // match
    IM_COL32(200, 150, 20, 200),        // current_match
    IM_COL32(230, 230, 230, 255),       // caret
    IM_COL32(160, 30, 30, 70),          // error_line
    IM_COL32(60, 140, 230, 28),         // task_line
    IM_COL32(110, 170, 240, 200),       // task_label
    IM_COL32(35, 38, 48, 255),          // ruler_background
    IM_COL32(150, 150, 160, 255),       // ruler_tick
    IM_COL32(170, 170, 180, 255),       // ruler_text
    IM_COL32(255, 255, 255, 8),         // lane_stripe
    IM_COL32(255, 255, 255, 220),       // cursor
    IM_COL32(255, 255, 255, 230),       // bar_label
    IM_COL32(200, 200, 200, 200),       // bar_label_dim
    IM_COL32(55, 60, 72, 255),          // idle
    ImVec4(0.86f, 0.86f, 0.86f, 1.0f),  // stdout_text
    ImVec4(1.0f, 0.47f, 0.42f, 1.0f),   // stderr_text
    ImVec4(0.55f, 0.62f, 0.75f, 1.0f),  // info_text
    ImVec4(1.0f, 0.78f, 0.3f, 1.0f),    // warning_text
};

// Light: dark text on near-white, syntax colours deep enough to read from the back of a room.
constexpr Palette kLight = {
    {
        IM_COL32(30, 30, 30, 255),    // Text
        IM_COL32(175, 0, 219, 255),   // Keyword
        IM_COL32(38, 127, 153, 255),  // Builtin
        IM_COL32(163, 21, 21, 255),   // String
        IM_COL32(0, 16, 128, 255),    // FStringExpr
        IM_COL32(9, 134, 88, 255),    // Number
        IM_COL32(0, 128, 0, 255),     // Comment
        IM_COL32(121, 94, 38, 255),   // Decorator
        IM_COL32(60, 60, 60, 255),    // Operator
        IM_COL32(121, 94, 38, 255),   // Definition
        IM_COL32(0, 0, 255, 255),     // Self
    },
    IM_COL32(252, 252, 250, 255),       // editor_background
    IM_COL32(238, 238, 236, 255),       // gutter_background
    IM_COL32(140, 140, 150, 255),       // line_number
    IM_COL32(30, 30, 40, 255),          // line_number_current
    IM_COL32(0, 0, 0, 14),              // current_line
    IM_COL32(173, 214, 255, 255),       // selection
    IM_COL32(250, 210, 90, 150),        // match
    IM_COL32(240, 160, 20, 200),        // current_match
    IM_COL32(20, 20, 20, 255),          // caret
    IM_COL32(230, 60, 60, 60),          // error_line
    IM_COL32(40, 110, 220, 30),         // task_line
    IM_COL32(30, 90, 190, 230),         // task_label
    IM_COL32(225, 228, 235, 255),       // ruler_background
    IM_COL32(90, 90, 100, 255),         // ruler_tick
    IM_COL32(50, 50, 60, 255),          // ruler_text
    IM_COL32(0, 0, 0, 10),              // lane_stripe
    IM_COL32(20, 20, 20, 220),          // cursor
    IM_COL32(255, 255, 255, 240),       // bar_label (on the saturated bars)
    IM_COL32(40, 40, 40, 220),          // bar_label_dim (on the ground)
    IM_COL32(200, 205, 215, 255),       // idle
    ImVec4(0.10f, 0.10f, 0.10f, 1.0f),  // stdout_text
    ImVec4(0.75f, 0.10f, 0.08f, 1.0f),  // stderr_text
    ImVec4(0.25f, 0.32f, 0.50f, 1.0f),  // info_text
    ImVec4(0.60f, 0.38f, 0.00f, 1.0f),  // warning_text
};

Theme g_theme = Theme::dark;

}  // namespace

std::string_view theme_name(Theme theme) noexcept { return theme == Theme::light ? "light" : "dark"; }

std::optional<Theme> parse_theme(std::string_view name) noexcept {
    if (name == "dark") return Theme::dark;
    if (name == "light") return Theme::light;
    return std::nullopt;
}

const Palette& palette(Theme theme) noexcept { return theme == Theme::light ? kLight : kDark; }
const Palette& palette() noexcept { return palette(g_theme); }
Theme current_theme() noexcept { return g_theme; }

void apply_theme(Theme theme) {
    g_theme = theme;
    if (theme == Theme::light)
        ImGui::StyleColorsLight();
    else
        ImGui::StyleColorsDark();
}

}  // namespace loopscope::theme
