// Autosave of the editor's text, so a reload or a crash never loses work.
//   desktop: a file, $XDG_STATE_HOME/loopscope/autosave.py, else ~/.local/state/loopscope/autosave.py
//   browser: the page's localStorage, key "loopscope.autosave"
// The Autosaver writes at most once per `delay` seconds after the last change (typing does not
// write on every key), and always on flush().
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace loopscope::app {

// The desktop file for the given environment values (nullptr = unset); empty if neither is set.
std::string autosave_path(const char* xdg_state_home, const char* home);

// Load/store in the host's place (file or localStorage). load() is empty when nothing was saved;
// store() returns false (and sets error) when the write failed.
std::optional<std::string> load_autosave();
bool store_autosave(std::string_view text, std::string* error = nullptr);

// The same on an explicit file (the desktop implementation; used by tests).
std::optional<std::string> load_file(const std::string& path);
bool store_file(const std::string& path, std::string_view text, std::string* error);

class Autosaver {
public:
    explicit Autosaver(double delay_seconds = 1.0) : delay_(delay_seconds) {}
    // Call when the text changed at time `now` (seconds).
    void changed(double now) {
        if (!dirty_) first_change_ = now;
        dirty_ = true;
        last_change_ = now;
    }
    // True when it is time to save: `delay` after the last change, or 5 * delay after the first one
    // when the user never stops typing.
    bool due(double now) const {
        return dirty_ && (now - last_change_ >= delay_ || now - first_change_ >= 5 * delay_);
    }
    void saved() { dirty_ = false; }
    bool dirty() const { return dirty_; }

private:
    double delay_;
    bool dirty_ = false;
    double first_change_ = 0, last_change_ = 0;
};

}  // namespace loopscope::app
