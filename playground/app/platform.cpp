#include "platform.hpp"

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

}  // namespace loopscope::platform

#else  // desktop

namespace loopscope::platform {

bool cross_origin_isolated() { return false; }
void publish_status(int, float) {}
bool page_size(int&, int&) { return false; }
float device_pixel_ratio() { return 1.0f; }
void report_error(const char* message) { std::fprintf(stderr, "loopscope: %s\n", message); }

}  // namespace loopscope::platform

#endif
