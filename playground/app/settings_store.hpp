// Autosave of the run settings (virtual time, seed, speed), kept next to the editor's autosaved
// text so a reload restores both:
//   desktop: $XDG_STATE_HOME/loopscope/settings.txt, else ~/.local/state/loopscope/settings.txt
//   browser: the page's localStorage, key "loopscope.settings"
//
// The text is one "key=value" per line (virtual_time=0|1, seed=<unsigned 64-bit>, speed=<float in
// (0, 1000]>); lines starting with '#' and keys this version does not know are skipped, so a newer
// version's file still loads. A bad value makes the whole text rejected (the defaults stay).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "run_settings.hpp"

namespace loopscope::app {

using playground::RunSettings;

std::string serialize_run_settings(const RunSettings& settings);
// The settings in `text` (missing keys keep RunSettings' defaults); nullopt and `error` set when a
// value is malformed or out of range.
std::optional<RunSettings> parse_run_settings(std::string_view text, std::string* error = nullptr);

// The desktop file for the given environment values (nullptr = unset); empty if neither is set.
std::string settings_path(const char* xdg_state_home, const char* home);

// Load/store in the host's place (file or localStorage). load: nullopt when nothing was saved or
// the saved text is bad (then `error` says why, if given).
std::optional<RunSettings> load_run_settings(std::string* error = nullptr);
bool store_run_settings(const RunSettings& settings, std::string* error = nullptr);

}  // namespace loopscope::app
