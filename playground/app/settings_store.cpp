#include "settings_store.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "autosave.hpp"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>

// clang-format off
// Copies the saved text into buffer (cut to fit) and returns its full size in bytes, or -1 when
// nothing is saved or storage is disabled.
EM_JS(int, loopscope_js_settings_load, (char* buffer, int size), {
  try {
    var text = globalThis.localStorage ? localStorage.getItem('loopscope.settings') : null;
    if (text === null) return -1;
    stringToUTF8(text, buffer, size);
    return lengthBytesUTF8(text);
  } catch (e) {
    return -1;
  }
});

EM_JS(int, loopscope_js_settings_store, (const char* text), {
  try {
    localStorage.setItem('loopscope.settings', UTF8ToString(text));
    return 1;
  } catch (e) {
    return 0;
  }
});
// clang-format on
#endif

namespace loopscope::app {

namespace {

constexpr float kMaxSpeed = 1000.0f;  // as share links allow

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

bool fail(std::string* error, std::string message) {
    if (error) *error = std::move(message);
    return false;
}

bool parse_line(std::string_view key, std::string_view value, RunSettings& out, std::string* error) {
    const char* first = value.data();
    const char* last = value.data() + value.size();
    if (key == "virtual_time") {
        if (value != "0" && value != "1")
            return fail(error, "virtual_time must be 0 or 1, not '" + std::string(value) + "'");
        out.virtual_time = value == "1";
    } else if (key == "seed") {
        std::uint64_t seed = 0;
        const auto [end, ec] = std::from_chars(first, last, seed);
        if (value.empty() || ec != std::errc() || end != last)
            return fail(error,
                        "seed must be a whole number from 0 to 2^64-1, not '" + std::string(value) + "'");
        out.seed = seed;
    } else if (key == "speed") {
        // strtof, not from_chars: gcc 12 and Emscripten's libc++ do not both have the float overload.
        const std::string text(value);
        char* end = nullptr;
        const float speed = text.empty() ? 0.0f : std::strtof(text.c_str(), &end);
        if (text.empty() || end != text.c_str() + text.size() || !std::isfinite(speed) || speed <= 0.0f ||
            speed > kMaxSpeed)
            return fail(error, "speed must be a number in (0, 1000], not '" + text + "'");
        out.speed = speed;
    }
    // Other keys: written by a newer version; skipped.
    return true;
}

}  // namespace

std::string serialize_run_settings(const RunSettings& settings) {
    char speed[32];
    std::snprintf(speed, sizeof(speed), "%.9g",
                  static_cast<double>(settings.speed));  // float round-trips in 9 digits
    return "# Loopscope run settings\nvirtual_time=" + std::string(settings.virtual_time ? "1" : "0") +
           "\nseed=" + std::to_string(settings.seed.value_or(0)) + "\nspeed=" + speed + "\n";
}

std::optional<RunSettings> parse_run_settings(std::string_view text, std::string* error) {
    RunSettings out;
    std::size_t line_no = 0;
    while (!text.empty()) {
        const std::size_t nl = text.find('\n');
        std::string_view line = trim(text.substr(0, nl));
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
        ++line_no;
        if (line.empty() || line.front() == '#') continue;
        const std::size_t eq = line.find('=');
        if (eq == std::string_view::npos) {
            fail(error, "line " + std::to_string(line_no) + " is not key=value");
            return std::nullopt;
        }
        if (!parse_line(trim(line.substr(0, eq)), trim(line.substr(eq + 1)), out, error)) return std::nullopt;
    }
    return out;
}

std::string settings_path(const char* xdg_state_home, const char* home) {
    std::string path = autosave_path(xdg_state_home, home);  // .../loopscope/autosave.py
    if (path.empty()) return path;
    return path.substr(0, path.rfind('/') + 1) + "settings.txt";
}

#ifdef __EMSCRIPTEN__
namespace {
std::optional<std::string> load_text() {
    std::string out(256, '\0');
    int size = loopscope_js_settings_load(out.data(), static_cast<int>(out.size()));
    if (size < 0) return std::nullopt;
    if (size >= static_cast<int>(out.size())) {
        out.assign(static_cast<std::size_t>(size) + 1, '\0');
        size = loopscope_js_settings_load(out.data(), static_cast<int>(out.size()));
        if (size < 0 || size >= static_cast<int>(out.size())) return std::nullopt;
    }
    out.resize(static_cast<std::size_t>(size));
    return out;
}
}  // namespace

bool store_run_settings(const RunSettings& settings, std::string* error) {
    if (loopscope_js_settings_store(serialize_run_settings(settings).c_str())) return true;
    return fail(error, "the browser refused to store the run settings (storage full or disabled)");
}
#else
namespace {
std::optional<std::string> load_text() {
    const std::string path = settings_path(std::getenv("XDG_STATE_HOME"), std::getenv("HOME"));
    if (path.empty()) return std::nullopt;
    return load_file(path);
}
}  // namespace

bool store_run_settings(const RunSettings& settings, std::string* error) {
    const std::string path = settings_path(std::getenv("XDG_STATE_HOME"), std::getenv("HOME"));
    if (path.empty())
        return fail(error, "neither XDG_STATE_HOME nor HOME is set: nowhere to save the settings");
    return store_file(path, serialize_run_settings(settings), error);
}
#endif

std::optional<RunSettings> load_run_settings(std::string* error) {
    const std::optional<std::string> text = load_text();
    if (!text) return std::nullopt;
    return parse_run_settings(*text, error);
}

}  // namespace loopscope::app
