// Saved state in the browser: the page's localStorage (per origin; it may be disabled, in a
// private window or a sandboxed frame, or full: then nothing is saved and the app says so).
#include <emscripten.h>

#include "saved_state.hpp"

// clang-format off
// Copies the saved text into buffer (cut to fit) and returns its full size in bytes, or -1 when
// nothing is saved or storage is disabled (private mode, sandboxed frame).
EM_JS(int, loopscope_js_storage_load, (const char* key, char* buffer, int size), {
  try {
    var text = globalThis.localStorage ? localStorage.getItem(UTF8ToString(key)) : null;
    if (text === null) return -1;
    stringToUTF8(text, buffer, size);
    return lengthBytesUTF8(text);
  } catch (e) {
    return -1;
  }
});

EM_JS(int, loopscope_js_storage_store, (const char* key, const char* text), {
  try {
    localStorage.setItem(UTF8ToString(key), UTF8ToString(text));
    return 1;
  } catch (e) {
    return 0;  // quota exceeded or storage disabled
  }
});
// clang-format on

namespace loopscope::app::saved_state {

std::optional<std::string> load(const Slot& slot) {
    std::string out(4096, '\0');
    int size = loopscope_js_storage_load(slot.storage_key, out.data(), static_cast<int>(out.size()));
    if (size < 0) return std::nullopt;
    if (size >= static_cast<int>(out.size())) {
        out.assign(static_cast<std::size_t>(size) + 1, '\0');
        size = loopscope_js_storage_load(slot.storage_key, out.data(), static_cast<int>(out.size()));
        if (size < 0 || size >= static_cast<int>(out.size())) return std::nullopt;
    }
    out.resize(static_cast<std::size_t>(size));
    return out;
}

bool store(const Slot& slot, std::string_view text, std::string* error) {
    if (loopscope_js_storage_store(slot.storage_key, std::string(text).c_str())) return true;
    if (error)
        *error = std::string("the browser refused to store ") + slot.what + " (storage full or disabled)";
    return false;
}

}  // namespace loopscope::app::saved_state
