// What the app's panels and popups share in how they look and speak: the console's text colours,
// tooltips, the name of the shortcut key.
#pragma once

#include "imgui.h"

namespace loopscope::app {

inline const ImVec4 kStdoutColor(0.86f, 0.86f, 0.86f, 1.0f);
inline const ImVec4 kStderrColor(1.0f, 0.47f, 0.42f, 1.0f);
inline const ImVec4 kInfoColor(0.55f, 0.62f, 0.75f, 1.0f);
inline const ImVec4 kWarningColor(1.0f, 0.78f, 0.3f, 1.0f);

// "Ctrl" or "Cmd", for tooltips.
const char* shortcut_key();

// The last item's tooltip, shown after a short hover (also over a disabled item).
void tooltip(const char* fmt, ...) IM_FMTARGS(1);

}  // namespace loopscope::app
