// Text fitted to a width: a name too long for its column ends in "..." (the timeline's lane names,
// the inspector's task column); the caller shows the whole text in a tooltip.
#pragma once
#include <cstddef>

namespace loopscope::timeline {

// `text` when it fits in `width` pixels (current ImGui font), else its longest start that fits
// followed by "..." (written into `out`, `size` bytes), or "" when not even "..." fits. Cut between
// whole characters, never mid-number without saying so.
const char* fit_text(const char* text, float width, char* out, std::size_t size);

}  // namespace loopscope::timeline
