// A small JSON reader for the desktop's drive files (ui_driver.hpp): parses the UI's state
// (ui_state.hpp) and the values a drive file compares it with, and looks fields up by path
// ("timeline.rulerMin[0]", "inspector.tasks.length").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace loopscope::app {

struct JsonValue {
    enum class Kind { null, boolean, number, string, array, object };
    Kind kind = Kind::null;
    bool boolean = false;
    double number = 0;
    std::string string;
    std::vector<JsonValue> items;                            // array
    std::vector<std::pair<std::string, JsonValue>> members;  // object, in order

    static JsonValue of_number(double v);
    static JsonValue of_string(std::string s);
    static JsonValue of_boolean(bool b);

    const JsonValue* member(std::string_view name) const;  // null if absent (or not an object)
    // Follows a path of ".name", "[index]" and the pseudo-field ".length" (of an array, an object or a
    // string, in bytes); null when a step does not exist. `path` may start with '.' or '['.
    std::optional<JsonValue> at(std::string_view path, std::string* error = nullptr) const;
    // Compact JSON text (for messages).
    std::string text() const;
};

bool operator==(const JsonValue& a, const JsonValue& b);

// Parses `text` whole; nullopt and `error` set when it is not one JSON value.
std::optional<JsonValue> parse_json(std::string_view text, std::string* error = nullptr);

}  // namespace loopscope::app
