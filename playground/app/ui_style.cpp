#include "ui_style.hpp"

#include <cstdarg>

namespace loopscope::app {

const char* shortcut_key() { return ImGui::GetIO().ConfigMacOSXBehaviors ? "Cmd" : "Ctrl"; }

void tooltip(const char* fmt, ...) {
    if (!ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort | ImGuiHoveredFlags_AllowWhenDisabled)) return;
    va_list args;
    va_start(args, fmt);
    ImGui::SetTooltipV(fmt, args);
    va_end(args);
}

}  // namespace loopscope::app
