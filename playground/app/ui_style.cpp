#include "ui_style.hpp"

#include <cstdarg>
#include <cstdio>

namespace loopscope::app {

const char* shortcut_key() { return ImGui::GetIO().ConfigMacOSXBehaviors ? "Cmd" : "Ctrl"; }

namespace {
std::string g_last_tooltip;
int g_last_tooltip_frame = -1;
}  // namespace

void tooltip(const char* fmt, ...) {
    if (!ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort | ImGuiHoveredFlags_AllowWhenDisabled)) return;
    char text[1024];
    va_list args;
    va_start(args, fmt);
    std::vsnprintf(text, sizeof(text), fmt, args);
    va_end(args);
    ImGui::SetTooltip("%s", text);
    g_last_tooltip = text;
    g_last_tooltip_frame = ImGui::GetFrameCount();
}

const std::string& last_tooltip(int* frame) {
    *frame = g_last_tooltip_frame;
    return g_last_tooltip;
}

}  // namespace loopscope::app
