#include "autosave.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>

// clang-format off
// Copies the saved text into buffer (cut to fit) and returns its full size in bytes, or -1 when
// nothing is saved or storage is disabled (private mode, sandboxed frame).
EM_JS(int, loopscope_js_autosave_load, (char* buffer, int size), {
  try {
    var text = globalThis.localStorage ? localStorage.getItem('loopscope.autosave') : null;
    if (text === null) return -1;
    stringToUTF8(text, buffer, size);
    return lengthBytesUTF8(text);
  } catch (e) {
    return -1;
  }
});

EM_JS(int, loopscope_js_autosave_store, (const char* text), {
  try {
    localStorage.setItem('loopscope.autosave', UTF8ToString(text));
    return 1;
  } catch (e) {
    return 0;  // quota exceeded or storage disabled
  }
});
// clang-format on
#endif

namespace loopscope::app {

std::string autosave_path(const char* xdg_state_home, const char* home) {
    if (xdg_state_home != nullptr && *xdg_state_home == '/')
        return std::string(xdg_state_home) + "/loopscope/autosave.py";
    if (home != nullptr && *home != '\0') return std::string(home) + "/.local/state/loopscope/autosave.py";
    return {};
}

std::optional<std::string> load_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

bool store_file(const std::string& path, std::string_view text, std::string* error) {
    std::error_code ec;
    const std::filesystem::path target(path);
    if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path(), ec);
    // Write a temporary file, then rename: a crash mid-write never leaves a half-written autosave.
    const std::string temp = path + ".tmp";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        if (!out) {
            if (error) *error = "cannot write " + temp;
            return false;
        }
    }
    std::filesystem::rename(temp, target, ec);
    if (ec) {
        if (error) *error = "cannot replace " + path + ": " + ec.message();
        return false;
    }
    return true;
}

#ifdef __EMSCRIPTEN__
std::optional<std::string> load_autosave() {
    std::string out(4096, '\0');
    int size = loopscope_js_autosave_load(out.data(), static_cast<int>(out.size()));
    if (size < 0) return std::nullopt;
    if (size >= static_cast<int>(out.size())) {
        out.assign(static_cast<std::size_t>(size) + 1, '\0');
        size = loopscope_js_autosave_load(out.data(), static_cast<int>(out.size()));
        if (size < 0 || size >= static_cast<int>(out.size())) return std::nullopt;
    }
    out.resize(static_cast<std::size_t>(size));
    return out;
}

bool store_autosave(std::string_view text, std::string* error) {
    if (loopscope_js_autosave_store(std::string(text).c_str())) return true;
    if (error) *error = "the browser refused to store the autosave (storage full or disabled)";
    return false;
}
#else
std::optional<std::string> load_autosave() {
    const std::string path = autosave_path(std::getenv("XDG_STATE_HOME"), std::getenv("HOME"));
    if (path.empty()) return std::nullopt;
    return load_file(path);
}

bool store_autosave(std::string_view text, std::string* error) {
    const std::string path = autosave_path(std::getenv("XDG_STATE_HOME"), std::getenv("HOME"));
    if (path.empty()) {
        if (error) *error = "neither XDG_STATE_HOME nor HOME is set: nowhere to autosave";
        return false;
    }
    return store_file(path, text, error);
}
#endif

}  // namespace loopscope::app
