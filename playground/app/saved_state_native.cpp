// Saved state on the desktop: files in the user's state folder (XDG_STATE_HOME, else HOME).
#include <cstdlib>

#include "autosave.hpp"
#include "saved_state.hpp"

namespace loopscope::app::saved_state {

std::optional<std::string> load(const Slot& slot) {
    const std::string path = file_path(slot, std::getenv("XDG_STATE_HOME"), std::getenv("HOME"));
    if (path.empty()) return std::nullopt;
    return load_file(path);
}

bool store(const Slot& slot, std::string_view text, std::string* error) {
    const std::string path = file_path(slot, std::getenv("XDG_STATE_HOME"), std::getenv("HOME"));
    if (path.empty()) {
        if (error) *error = std::string("neither XDG_STATE_HOME nor HOME is set: nowhere to ") + slot.nowhere;
        return false;
    }
    return store_file(path, text, error);
}

}  // namespace loopscope::app::saved_state
