#include "settings_store.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "saved_state.hpp"

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
    } else if (key == "asyncio") {
        if (value != "3.7" && value != "3.11")
            return fail(error, "asyncio must be 3.7 or 3.11, not '" + std::string(value) + "'");
        out.asyncio_version = value == "3.7" ? 307 : 311;
    } else if (key == "web") {
        std::string problem;
        std::optional<playground::WebHostChanges> web = playground::parse_web_changes(value, &problem);
        if (!web) return fail(error, "web: " + problem);
        out.web_hosts = std::move(*web);
    } else if (key == "step_limit") {
        const std::string text(value);
        char* end = nullptr;
        const double limit = text.empty() ? -1.0 : std::strtod(text.c_str(), &end);
        if (text.empty() || end != text.c_str() + text.size() || !(limit >= 0.0) ||
            limit > RunSettings::kMaxStepLimit)
            return fail(error,
                        "step_limit must be a number of seconds from 0 (none) to 86400, not '" + text + "'");
        out.step_limit = limit;
    }
    // Other keys: written by a newer version; skipped.
    return true;
}

// Calls line(key, value) for each "key=value" line of `text` (blank lines and '#' comments
// skipped); false at the first line that is not key=value or that line() refuses.
template <typename LineFn>
bool parse_key_values(std::string_view text, LineFn&& line_fn, std::string* error) {
    std::size_t line_no = 0;
    while (!text.empty()) {
        const std::size_t nl = text.find('\n');
        std::string_view line = trim(text.substr(0, nl));
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
        ++line_no;
        if (line.empty() || line.front() == '#') continue;
        const std::size_t eq = line.find('=');
        if (eq == std::string_view::npos)
            return fail(error, "line " + std::to_string(line_no) + " is not key=value");
        if (!line_fn(trim(line.substr(0, eq)), trim(line.substr(eq + 1)))) return false;
    }
    return true;
}

}  // namespace

std::string serialize_run_settings(const RunSettings& settings) {
    char speed[32];
    std::snprintf(speed, sizeof(speed), "%.9g",
                  static_cast<double>(settings.speed));  // float round-trips in 9 digits
    char step_limit[32];
    std::snprintf(step_limit, sizeof(step_limit), "%.17g", settings.step_limit);
    return "# Loopscope run settings\nvirtual_time=" + std::string(settings.virtual_time ? "1" : "0") +
           "\nseed=" + std::to_string(settings.seed.value_or(0)) + "\nspeed=" + speed +
           "\nasyncio=" + (settings.asyncio_version == 307 ? "3.7" : "3.11") + "\nstep_limit=" + step_limit +
           "\n" +
           (settings.web_hosts.empty() ? ""
                                       : "web=" + playground::format_web_changes(settings.web_hosts) + "\n");
}

std::optional<RunSettings> parse_run_settings(std::string_view text, std::string* error) {
    RunSettings out;
    if (!parse_key_values(
            text, [&](std::string_view k, std::string_view v) { return parse_line(k, v, out, error); },
            error))
        return std::nullopt;
    return out;
}

std::string serialize_view_settings(const ViewSettings& view) {
    return "# Loopscope view settings\ntheme=" + std::string(view.light_theme ? "light" : "dark") +
           "\nfont_size=" + std::to_string(view.font_size) + "\n";
}

std::optional<ViewSettings> parse_view_settings(std::string_view text, std::string* error) {
    ViewSettings out;
    auto line = [&](std::string_view key, std::string_view value) {
        if (key == "theme") {
            if (value != "dark" && value != "light")
                return fail(error, "theme must be dark or light, not '" + std::string(value) + "'");
            out.light_theme = value == "light";
        } else if (key == "font_size") {
            int size = 0;
            const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), size);
            if (value.empty() || ec != std::errc() || end != value.data() + value.size() ||
                size < ViewSettings::kMinFontSize || size > ViewSettings::kMaxFontSize)
                return fail(error, "font_size must be a whole number from " +
                                       std::to_string(ViewSettings::kMinFontSize) + " to " +
                                       std::to_string(ViewSettings::kMaxFontSize) + ", not '" +
                                       std::string(value) + "'");
            out.font_size = size;
        }
        return true;  // other keys: a newer version's; skipped
    };
    if (!parse_key_values(text, line, error)) return std::nullopt;
    return out;
}

bool store_view_settings(const ViewSettings& view, std::string* error) {
    return saved_state::store(saved_state::kViewSettings, serialize_view_settings(view), error);
}

std::optional<ViewSettings> load_view_settings(std::string* error) {
    const std::optional<std::string> text = saved_state::load(saved_state::kViewSettings);
    if (!text) return std::nullopt;
    return parse_view_settings(*text, error);
}

std::string settings_path(const char* xdg_state_home, const char* home) {
    return saved_state::file_path(saved_state::kRunSettings, xdg_state_home, home);
}

bool store_run_settings(const RunSettings& settings, std::string* error) {
    return saved_state::store(saved_state::kRunSettings, serialize_run_settings(settings), error);
}

std::optional<RunSettings> load_run_settings(std::string* error) {
    const std::optional<std::string> text = saved_state::load(saved_state::kRunSettings);
    if (!text) return std::nullopt;
    return parse_run_settings(*text, error);
}

}  // namespace loopscope::app
