// Autosave of the run settings (virtual time, seed, speed) and of the view settings (theme, font
// size), kept next to the editor's autosaved text so a reload restores them:
//   desktop: $XDG_STATE_HOME/loopscope/settings.txt, else ~/.local/state/loopscope/settings.txt
//   browser: the page's localStorage, key "loopscope.settings"
//
// The text is one "key=value" per line (virtual_time=0|1, seed=<unsigned 64-bit>, speed=<float in
// (0, 1000]>, asyncio=3.7|3.11, web=<the simulated web's changes, web_hosts.hpp's text form>, written
// only when there are some); lines starting with '#' and keys this version does not know are skipped, so a newer
// version's file still loads. A bad value makes the whole text rejected (the defaults stay).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "run_settings.hpp"

namespace loopscope::app {

using playground::RunSettings;

// How the app looks: not part of a run (share links do not carry it), but kept between sessions. A
// teacher at a projector picks the light theme and a bigger font once.
struct ViewSettings {
    static constexpr int kMinFontSize = 10, kMaxFontSize = 32;
    bool light_theme = false;
    int font_size = 13;  // pixels (CSS pixels in the browser)
    friend bool operator==(const ViewSettings& a, const ViewSettings& b) {
        return a.light_theme == b.light_theme && a.font_size == b.font_size;
    }
    friend bool operator!=(const ViewSettings& a, const ViewSettings& b) { return !(a == b); }
};

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

// The same for the view settings (theme=dark|light, font_size=10..32; slot kViewSettings).
std::string serialize_view_settings(const ViewSettings& view);
std::optional<ViewSettings> parse_view_settings(std::string_view text, std::string* error = nullptr);
std::optional<ViewSettings> load_view_settings(std::string* error = nullptr);
bool store_view_settings(const ViewSettings& view, std::string* error = nullptr);

}  // namespace loopscope::app
