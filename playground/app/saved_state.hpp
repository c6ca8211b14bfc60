// Where the app keeps what it saves between sessions (the editor's text, the run settings): one
// slot per kind of thing, stored in the host's place, chosen by the build:
//   saved_state_native.cpp  a file, $XDG_STATE_HOME/loopscope/<file>, else ~/.local/state/loopscope/<file>
//   saved_state_web.cpp     the page's localStorage, key "loopscope.<key>"
// The formats are the callers' (autosave.hpp, settings_store.hpp); this only loads and stores text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace loopscope::app::saved_state {

struct Slot {
    const char* file_name;    // desktop: the file in the state folder
    const char* storage_key;  // browser: the localStorage key
    const char* nowhere;      // desktop, no folder: "nowhere to <this>"
    const char* what;         // browser, refused: "the browser refused to store <this>"
};

inline constexpr Slot kAutosave{"autosave.py", "loopscope.autosave", "autosave", "the autosave"};
inline constexpr Slot kRunSettings{"settings.txt", "loopscope.settings", "save the settings",
                                   "the run settings"};
inline constexpr Slot kViewSettings{"view.txt", "loopscope.view", "save the view settings",
                                    "the view settings"};
// The user's text an example replaced (replaced_text.hpp), until restored.
inline constexpr Slot kReplacedText{"replaced.py", "loopscope.replaced", "keep your replaced text",
                                    "your replaced text"};

// The slot's file for the given environment values (nullptr = unset); empty if neither is set.
std::string file_path(const Slot& slot, const char* xdg_state_home, const char* home);

// nullopt when nothing was saved (or storage is disabled).
std::optional<std::string> load(const Slot& slot);
// False, and `error` set, when the text could not be stored.
bool store(const Slot& slot, std::string_view text, std::string* error = nullptr);

}  // namespace loopscope::app::saved_state
