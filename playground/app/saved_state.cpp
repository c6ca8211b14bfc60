// The saved state's shared part: where a slot's file is on the desktop (also what the tests check).
#include "saved_state.hpp"

namespace loopscope::app {

std::string saved_state::file_path(const saved_state::Slot& slot, const char* xdg_state_home,
                                   const char* home) {
    if (xdg_state_home != nullptr && *xdg_state_home == '/')
        return std::string(xdg_state_home) + "/loopscope/" + slot.file_name;
    if (home != nullptr && *home != '\0')
        return std::string(home) + "/.local/state/loopscope/" + slot.file_name;
    return {};
}

}  // namespace loopscope::app
