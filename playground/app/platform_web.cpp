// The platform layer in the browser: the page through EM_JS (JavaScript) and Emscripten's HTML5 API.
#include "imgui.h"
#include "platform.hpp"

#include <algorithm>
#include <cstdio>

#include <GLES3/gl3.h>
#include <SDL.h>
#include <emscripten.h>
#include <emscripten/html5.h>

// clang-format off
EM_JS(int, loopscope_js_cross_origin_isolated, (), {
  return (typeof crossOriginIsolated !== 'undefined' && crossOriginIsolated) ? 1 : 0;
});

EM_JS(void, loopscope_js_publish_status, (int frames, double fps, double frame_ms), {
  var s = globalThis.loopscope || (globalThis.loopscope = {});
  s.frames = frames;
  s.fps = fps;
  s.frameMs = frame_ms;
  s.ready = frames > 0;
});

// Both copy into the caller's buffer (NUL-terminated, cut to fit) and return the full size in bytes,
// so the caller can retry with a buffer that fits (no malloc from JavaScript).
EM_JS(int, loopscope_js_location_hash, (char* buffer, int size), {
  var hash = (globalThis.location && location.hash) ? location.hash.substring(1) : '';
  stringToUTF8(hash, buffer, size);
  return lengthBytesUTF8(hash);
});

EM_JS(int, loopscope_js_page_url, (char* buffer, int size), {
  var url = globalThis.location ? location.href.split('#')[0] : '';
  stringToUTF8(url, buffer, size);
  return lengthBytesUTF8(url);
});

EM_JS(void, loopscope_js_set_location_hash, (const char* fragment), {
  try {
    var text = UTF8ToString(fragment);
    history.replaceState(null, '', text ? '#' + text : location.pathname + location.search);
  } catch (e) {
    console.warn('cannot update the address bar', e);
  }
});

// A click's user activation lasts a few seconds: the frame after the click may still open a tab.
EM_JS(int, loopscope_js_open_url, (const char* url), {
  try {
    var w = window.open(UTF8ToString(url), '_blank');
    if (!w) return 0;
    w.opener = null;  // the new tab cannot reach back into this page
    return 1;
  } catch (e) {
    console.warn('cannot open a tab', e);
    return 0;
  }
});

EM_JS(void, loopscope_js_install_clipboard, (), {
  // Ctrl/Cmd+V: keep the key from SDL (which would cancel the browser's default action) so the
  // browser fires 'paste' with the clipboard's text; the app picks it up with take_pasted_text().
  globalThis.loopscopePasted = null;
  window.addEventListener('keydown', function(e) {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 'v' || e.key === 'V')) e.stopImmediatePropagation();
  }, true);
  document.addEventListener('paste', function(e) {
    var text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    if (text) globalThis.loopscopePasted = (globalThis.loopscopePasted || '') + text;
    e.preventDefault();
  });
});

EM_JS(void, loopscope_js_keep_font_keys, (), {
  // Ctrl/Cmd with =, +, - or 0 set the app's font size (AppUi::handle_font_shortcuts): keep the
  // browser from zooming the page as well. SDL still sees the key (no stopPropagation).
  window.addEventListener('keydown', function(e) {
    if ((e.ctrlKey || e.metaKey) && !e.altKey &&
        ['Equal', 'Minus', 'Digit0', 'NumpadAdd', 'NumpadSubtract', 'Numpad0'].indexOf(e.code) >= 0)
      e.preventDefault();
  }, true);
});

EM_JS(void, loopscope_js_write_clipboard, (const char* text), {
  var value = UTF8ToString(text);
  try {
    if (navigator.clipboard && navigator.clipboard.writeText)
      navigator.clipboard.writeText(value).catch(function(err) { console.warn('clipboard write refused', err); });
  } catch (err) {
    console.warn('no clipboard access', err);
  }
});

EM_JS(int, loopscope_js_take_pasted, (char* buffer, int size), {
  var text = globalThis.loopscopePasted;
  if (text === null || text === undefined) return -1;
  var needed = lengthBytesUTF8(text);
  if (needed < size) {
    stringToUTF8(text, buffer, size);
    globalThis.loopscopePasted = null;
  }
  return needed;
});

EM_JS(int, loopscope_js_is_mac, (), {
  var p = (navigator.userAgentData && navigator.userAgentData.platform) || navigator.platform || '';
  return /mac/i.test(p) ? 1 : 0;
});

// The bytes are copied out of the wasm memory first (a Blob cannot be made from shared memory).
EM_JS(int, loopscope_js_download, (const char* name, const char* data, int len, const char* mime), {
  try {
    if (HEAPU8.buffer !== wasmMemory.buffer) {
      // The memory grew: Emscripten 3.1.69 remakes the views with updateMemoryViews, 3.1.6 (fallback) otherwise.
      if (typeof updateMemoryViews === "function") updateMemoryViews();
      else updateGlobalBufferAndViews(wasmMemory.buffer);
    }
    var bytes = HEAPU8.slice(data, data + len);
    var blob = new Blob([bytes], { type: UTF8ToString(mime) });
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = UTF8ToString(name);
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function() { URL.revokeObjectURL(url); }, 60000);
    return 1;
  } catch (err) {
    console.warn('download refused', err);
    return 0;
  }
});

EM_JS(void, loopscope_js_report_error, (const char* message), {
  var text = UTF8ToString(message);
  console.error(text);
  if (typeof globalThis.loopscopeShowError === 'function') globalThis.loopscopeShowError(text);
});
// clang-format on

namespace loopscope::platform {

bool cross_origin_isolated() { return loopscope_js_cross_origin_isolated() != 0; }

void publish_status(int frames, float fps, double frame_ms) {
    loopscope_js_publish_status(frames, fps, frame_ms);
}

bool page_size(int& width, int& height) {
    double w = 0, h = 0;
    if (emscripten_get_element_css_size("#canvas", &w, &h) != EMSCRIPTEN_RESULT_SUCCESS) return false;
    width = static_cast<int>(w);
    height = static_cast<int>(h);
    return width > 0 && height > 0;
}

float device_pixel_ratio() { return static_cast<float>(emscripten_get_device_pixel_ratio()); }

void report_error(const char* message) { loopscope_js_report_error(message); }

namespace {
std::string js_string(int (*get)(char*, int)) {
    std::string out(256, '\0');
    int size = get(out.data(), static_cast<int>(out.size()));
    if (size >= static_cast<int>(out.size())) {
        out.assign(static_cast<std::size_t>(size) + 1, '\0');
        size = get(out.data(), static_cast<int>(out.size()));
    }
    out.resize(static_cast<std::size_t>(std::max(0, std::min(size, static_cast<int>(out.size()) - 1))));
    return out;
}
}  // namespace

std::string location_hash() { return js_string(loopscope_js_location_hash); }

namespace {
std::string copied_text;  // what ImGui reads back: the app's own last copy
void set_clipboard(void*, const char* text) {
    copied_text = text ? text : "";
    loopscope_js_write_clipboard(copied_text.c_str());
}
const char* get_clipboard(void*) { return copied_text.c_str(); }
}  // namespace

void install_clipboard() {
    ImGuiIO& io = ImGui::GetIO();
    io.SetClipboardTextFn = set_clipboard;
    io.GetClipboardTextFn = get_clipboard;
    io.ClipboardUserData = nullptr;
    loopscope_js_install_clipboard();
    loopscope_js_keep_font_keys();  // installed with the clipboard's keys: both are the page's key filters
}

bool take_pasted_text(std::string& text) {
    int size = loopscope_js_take_pasted(nullptr, 0);
    if (size < 0) return false;
    text.assign(static_cast<std::size_t>(size) + 1, '\0');
    size = loopscope_js_take_pasted(text.data(), static_cast<int>(text.size()));
    if (size < 0 || size >= static_cast<int>(text.size())) return false;
    text.resize(static_cast<std::size_t>(size));
    return true;
}

bool is_mac() { return loopscope_js_is_mac() != 0; }
bool download_file(const std::string& file_name, const std::string& data, const char* mime_type) {
    return loopscope_js_download(file_name.c_str(), data.data(), static_cast<int>(data.size()), mime_type) !=
           0;
}
void set_location_hash(const std::string& fragment) { loopscope_js_set_location_hash(fragment.c_str()); }
std::string page_url() { return js_string(loopscope_js_page_url); }
bool open_url(const std::string& url) { return loopscope_js_open_url(url.c_str()) != 0; }

const char* request_gl_context() {
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    return "#version 300 es";
}

void clear_frame(int width, int height) {
    glViewport(0, 0, width, height);
    glClearColor(0.09f, 0.10f, 0.13f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
}

void read_frame(int width, int height, unsigned char* rgba) {
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
}

void run_frames(void (*frame)(void*), void* arg, const bool&) {
    emscripten_set_main_loop_arg(frame, arg, 0, true);  // does not return
}

}  // namespace loopscope::platform
