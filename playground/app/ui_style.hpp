// What the app's panels and popups share in how they look and speak: the console's text colours,
// tooltips, the name of the shortcut key.
#pragma once

#include <string>

#include "imgui.h"
#include "theme.hpp"

namespace loopscope::app {

// The console's and the messages' text colours, in the current theme (theme.hpp).
inline const ImVec4& stdout_color() { return theme::palette().stdout_text; }
inline const ImVec4& stderr_color() { return theme::palette().stderr_text; }
inline const ImVec4& info_color() { return theme::palette().info_text; }
inline const ImVec4& warning_color() { return theme::palette().warning_text; }

// "Ctrl" or "Cmd", for tooltips.
const char* shortcut_key();

// The last item's tooltip, shown after a short hover (also over a disabled item).
void tooltip(const char* fmt, ...) IM_FMTARGS(1);
// The text of the tooltip tooltip() showed last and the ImGui frame it showed it in (browser tests
// read it to check what a hover tells).
const std::string& last_tooltip(int* frame);

}  // namespace loopscope::app
