#include "platform.hpp"

#include <algorithm>
#include <cstdio>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#include <emscripten/html5.h>

// clang-format off
EM_JS(int, loopscope_js_cross_origin_isolated, (), {
  return (typeof crossOriginIsolated !== 'undefined' && crossOriginIsolated) ? 1 : 0;
});

EM_JS(void, loopscope_js_publish_status, (int frames, double fps), {
  var s = globalThis.loopscope || (globalThis.loopscope = {});
  s.frames = frames;
  s.fps = fps;
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
    history.replaceState(null, '', '#' + UTF8ToString(fragment));
  } catch (e) {
    console.warn('cannot update the address bar', e);
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

void publish_status(int frames, float fps) { loopscope_js_publish_status(frames, fps); }

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
void set_location_hash(const std::string& fragment) { loopscope_js_set_location_hash(fragment.c_str()); }
std::string page_url() { return js_string(loopscope_js_page_url); }

}  // namespace loopscope::platform

#else  // desktop

namespace loopscope::platform {

bool cross_origin_isolated() { return false; }
void publish_status(int, float) {}
bool page_size(int&, int&) { return false; }
float device_pixel_ratio() { return 1.0f; }
void report_error(const char* message) { std::fprintf(stderr, "loopscope: %s\n", message); }
std::string location_hash() { return {}; }
void set_location_hash(const std::string&) {}
std::string page_url() { return "loopscope:"; }

}  // namespace loopscope::platform

#endif
