// playground/theme/theme.hpp: the two palettes and switching between them.
#include <doctest/doctest.h>

#include <cmath>

#include "imgui.h"
#include "theme.hpp"

using namespace loopscope::theme;

namespace {
// Relative luminance (sRGB weights, no gamma: enough to order grounds and text).
float luminance(ImU32 c) {
    const float r = static_cast<float>((c >> IM_COL32_R_SHIFT) & 0xFF),
                g = static_cast<float>((c >> IM_COL32_G_SHIFT) & 0xFF),
                b = static_cast<float>((c >> IM_COL32_B_SHIFT) & 0xFF);
    return (0.2126f * r + 0.7152f * g + 0.0722f * b) / 255.0f;
}
float luminance(const ImVec4& c) { return 0.2126f * c.x + 0.7152f * c.y + 0.0722f * c.z; }
}  // namespace

TEST_CASE("names round-trip") {
    CHECK(parse_theme(theme_name(Theme::dark)) == Theme::dark);
    CHECK(parse_theme(theme_name(Theme::light)) == Theme::light);
    CHECK_FALSE(parse_theme("blue").has_value());
}

TEST_CASE("each palette keeps its text readable on its ground") {
    for (const Theme t : {Theme::dark, Theme::light}) {
        CAPTURE(theme_name(t));
        const Palette& p = palette(t);
        const float ground = luminance(p.editor_background);
        // Every syntax colour and the caret stand apart from the editor's ground.
        for (const ImU32 token : p.tokens) CHECK(std::abs(luminance(token) - ground) > 0.3f);
        CHECK(std::abs(luminance(p.caret) - ground) > 0.5f);
        CHECK(std::abs(luminance(p.ruler_text) - luminance(p.ruler_background)) > 0.3f);
    }
    CHECK(luminance(palette(Theme::dark).editor_background) < 0.2f);
    CHECK(luminance(palette(Theme::light).editor_background) > 0.9f);
    CHECK(luminance(palette(Theme::light).stdout_text) < 0.2f);
}

TEST_CASE("apply_theme switches ImGui's style and the current palette") {
    ImGui::CreateContext();
    apply_theme(Theme::light);
    CHECK(current_theme() == Theme::light);
    CHECK(&palette() == &palette(Theme::light));
    CHECK(luminance(ImGui::GetStyle().Colors[ImGuiCol_WindowBg]) > 0.8f);
    apply_theme(Theme::dark);
    CHECK(&palette() == &palette(Theme::dark));
    CHECK(luminance(ImGui::GetStyle().Colors[ImGuiCol_WindowBg]) < 0.2f);
    ImGui::DestroyContext();
}
