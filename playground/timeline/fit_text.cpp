#include "fit_text.hpp"

#include <cstdio>
#include <cstring>

#include "imgui.h"

namespace loopscope::timeline {

const char* fit_text(const char* text, float width, char* out, std::size_t size) {
    const char* end = text + std::strlen(text);
    if (ImGui::CalcTextSize(text, end).x <= width) return text;
    const float dots = ImGui::CalcTextSize("...").x;
    if (dots > width) return "";
    const char* cut = end;
    ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize(), width - dots, 0.0f, text, end, &cut);
    while (cut > text && cut[-1] == ' ') --cut;
    std::snprintf(out, size, "%.*s...", static_cast<int>(cut - text), text);
    return out;
}

}  // namespace loopscope::timeline
