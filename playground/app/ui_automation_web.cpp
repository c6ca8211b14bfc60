// window.loopscope.ui (ui_automation.hpp) in the browser: JavaScript (EM_JS) over exported C
// functions that read the app's UI (ui_state.hpp writes what they answer).
//
// Index of this file:
//   The JavaScript side (window.loopscope.ui)
//   The C side: one export per call
//   install
#include <emscripten.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "app_ui.hpp"
#include "share_link.hpp"
#include "ui_automation.hpp"
#include "ui_state.hpp"

namespace {

loopscope::app::AppUi* g_ui = nullptr;

using loopscope::app::ui_state::append_string;
namespace ui_state = loopscope::app::ui_state;

}  // namespace

// ---- The JavaScript side (window.loopscope.ui) --------------------------------------------------

// clang-format off
EM_JS(void, loopscope_js_install_ui_automation, (), {
  var api = globalThis.loopscope || (globalThis.loopscope = {});
  function heap() {
    // Memory may have grown (from a worker too): refresh the views before writing.
    if (HEAPU8.buffer !== wasmMemory.buffer) {
      // The memory grew: Emscripten 3.1.69 remakes the views with updateMemoryViews, 3.1.6 (fallback) otherwise.
      if (typeof updateMemoryViews === "function") updateMemoryViews();
      else updateGlobalBufferAndViews(wasmMemory.buffer);
    }
    return HEAPU8;
  }
  function call(fn) {
    api._uiJson = null;
    fn();
    return JSON.parse(api._uiJson);
  }
  function withString(text, fn) {
    var bytes = new TextEncoder().encode(String(text));
    var ptr = _loopscope_ui_alloc(bytes.length + 1);
    if (!ptr) throw new Error('loopscope.ui: out of memory');
    var h = heap();
    h.set(bytes, ptr);
    h[ptr + bytes.length] = 0;
    return fn(ptr, bytes.length);  // the callee frees ptr
  }
  api.ui = {
    editor: function () { return call(_loopscope_ui_editor); },
    settings: function () { return call(_loopscope_ui_settings); },
    console: function () { return call(_loopscope_ui_console); },
    run: function () { return call(_loopscope_ui_run); },
    cursor: function () { return call(_loopscope_ui_cursor); },
    inspector: function () { return call(_loopscope_ui_inspector); },
    timeline: function () { return call(_loopscope_ui_timeline); },
    controls: function () { return call(_loopscope_ui_controls); },
    // The Network panel: {hosts: [{name, latency, jitter, fail, changed, requests, last}], changes}
    // (the next run's values; requests/last: the last run's; changes: web_hosts.hpp's text form).
    network: function () { return call(_loopscope_ui_network); },
    notice: function () { return call(_loopscope_ui_notice); },
    gallery: function () { return call(_loopscope_ui_gallery); },
    consoleShown: function () { return call(_loopscope_ui_console_shown); },
    exportStatus: function () { return call(_loopscope_ui_export_status); },
    shareDialog: function () { return call(_loopscope_ui_share_dialog); },
    clipboard: function () { return call(_loopscope_ui_clipboard); },
    tooltip: function () { return call(_loopscope_ui_tooltip); },
    layout: function () { return call(_loopscope_ui_layout); },
    taskPoint: function (name, t) {
      return withString(name, function (ptr, len) {
        return call(function () { _loopscope_ui_task_point(ptr, len, Number(t)); });
      });
    },
    scrubTo: function (t) { _loopscope_ui_scrub_to(Number(t)); },
    editorLinePoint: function (line) { return call(function () { _loopscope_ui_editor_line_point(Number(line)); }); },
    encodeLink: function (script, o) {
      o = o || {};
      var seed = o.seed === undefined ? 0 : Number(o.seed);
      if (!(Number.isSafeInteger(seed) && seed >= 0)) throw new Error('loopscope.ui.encodeLink: bad seed');
      var r = withString(script, function (ptr, len) {
        return call(function () {
          _loopscope_ui_encode_link(ptr, len, o.virtualTime === undefined || o.virtualTime ? 1 : 0, seed,
                                    o.speed === undefined ? 1 : Number(o.speed),
                                    o.scrubSeconds === undefined ? -1 : Number(o.scrubSeconds),
                                    o.scrubEvents === undefined ? -1 : Number(o.scrubEvents),
                                    o.scrubFromStart ? 1 : 0,
                                    o.stepLimit === undefined ? 60 : Number(o.stepLimit));
        });
      });
      if (r.error) throw new Error('loopscope.ui.encodeLink: ' + r.error);
      return r.fragment;
    },
    shareFragment: function (includePosition) {
      var r = call(function () { _loopscope_ui_share_fragment(includePosition ? 1 : 0); });
      if (r.error) throw new Error('loopscope.ui.shareFragment: ' + r.error);
      return r.fragment;
    },
  };
});

EM_JS(void, loopscope_js_ui_result, (const char* text, int len), {
  globalThis.loopscope._uiJson = UTF8ToString(text, len);
});
// clang-format on

namespace {

void answer(const std::string& json) { loopscope_js_ui_result(json.data(), static_cast<int>(json.size())); }

std::string take_string(char* text, int len) {
    std::string s(text, static_cast<std::size_t>(len));
    std::free(text);
    return s;
}

}  // namespace

// ---- The C side: one export per call ------------------------------------------------------------

extern "C" {

EMSCRIPTEN_KEEPALIVE void* loopscope_ui_alloc(int size) {
    return std::malloc(static_cast<std::size_t>(size));
}

// The views of the UI (ui_state.hpp writes them).
EMSCRIPTEN_KEEPALIVE void loopscope_ui_editor() { answer(ui_state::editor(*g_ui)); }
EMSCRIPTEN_KEEPALIVE void loopscope_ui_settings() { answer(ui_state::settings(*g_ui)); }
EMSCRIPTEN_KEEPALIVE void loopscope_ui_share_dialog() { answer(ui_state::share_dialog(*g_ui)); }
EMSCRIPTEN_KEEPALIVE void loopscope_ui_clipboard() { answer(ui_state::clipboard()); }
EMSCRIPTEN_KEEPALIVE void loopscope_ui_tooltip() { answer(ui_state::tooltip()); }
EMSCRIPTEN_KEEPALIVE void loopscope_ui_layout() { answer(ui_state::layout(*g_ui)); }
EMSCRIPTEN_KEEPALIVE void loopscope_ui_network() { answer(ui_state::network(*g_ui)); }
EMSCRIPTEN_KEEPALIVE void loopscope_ui_gallery() { answer(ui_state::gallery(*g_ui)); }
EMSCRIPTEN_KEEPALIVE void loopscope_ui_console_shown() { answer(ui_state::console_shown(*g_ui)); }
EMSCRIPTEN_KEEPALIVE void loopscope_ui_console() { answer(ui_state::console(*g_ui)); }
EMSCRIPTEN_KEEPALIVE void loopscope_ui_run() { answer(ui_state::run(*g_ui)); }
EMSCRIPTEN_KEEPALIVE void loopscope_ui_cursor() { answer(ui_state::cursor(*g_ui)); }
EMSCRIPTEN_KEEPALIVE void loopscope_ui_inspector() { answer(ui_state::inspector(*g_ui)); }
EMSCRIPTEN_KEEPALIVE void loopscope_ui_timeline() { answer(ui_state::timeline(*g_ui)); }
EMSCRIPTEN_KEEPALIVE void loopscope_ui_notice() { answer(ui_state::notice(*g_ui)); }
EMSCRIPTEN_KEEPALIVE void loopscope_ui_export_status() { answer(ui_state::export_status(*g_ui)); }
EMSCRIPTEN_KEEPALIVE void loopscope_ui_controls() { answer(ui_state::controls(*g_ui)); }

EMSCRIPTEN_KEEPALIVE void loopscope_ui_task_point(char* name_ptr, int name_len, double time) {
    const std::string name = take_string(name_ptr, name_len);
    answer(ui_state::task_point(*g_ui, name, time));
}

EMSCRIPTEN_KEEPALIVE void loopscope_ui_editor_line_point(int line) {
    answer(ui_state::editor_line_point(*g_ui, line));
}

EMSCRIPTEN_KEEPALIVE void loopscope_ui_scrub_to(double seconds) {
    if (std::isfinite(seconds) && seconds >= 0) g_ui->scrub_to(seconds);
}

EMSCRIPTEN_KEEPALIVE void loopscope_ui_encode_link(char* script, int len, int virtual_time, double seed,
                                                   double speed, double scrub_seconds, double scrub_events,
                                                   int scrub_from_start, double step_limit) {
    loopscope::share::ShareState state;
    state.step_limit = step_limit;
    state.script = take_string(script, len);
    state.virtual_time = virtual_time != 0;
    state.seed = static_cast<std::uint64_t>(seed);
    state.speed = static_cast<float>(speed);
    if (scrub_seconds >= 0) {
        state.has_scrub = true;
        state.scrub_seconds = scrub_seconds;
        state.scrub_from_start = scrub_from_start != 0;
    }
    if (scrub_events >= 0) {
        if (scrub_events > 4294967295.0 || scrub_events != std::floor(scrub_events)) {
            answer("{\"error\":\"scrubEvents must be a whole number below 2^32\"}");
            return;
        }
        state.has_scrub_events = true;
        state.scrub_events = static_cast<std::uint32_t>(scrub_events);
    }
    const loopscope::share::EncodeResult r = loopscope::share::encode_share_link(state);
    std::string json = r.ok() ? "{\"fragment\":" : "{\"error\":";
    append_string(json, r.ok() ? r.fragment : r.message);
    json += "}";
    answer(json);
}

EMSCRIPTEN_KEEPALIVE void loopscope_ui_share_fragment(int include_position) {
    std::string error;
    const std::string fragment = g_ui->make_share_fragment(include_position != 0, &error);
    std::string json = fragment.empty() ? "{\"error\":" : "{\"fragment\":";
    append_string(json, fragment.empty() ? error : fragment);
    json += "}";
    answer(json);
}

}  // extern "C"

// ---- install ------------------------------------------------------------------------------------

namespace loopscope::app::ui_automation {

void install(AppUi& ui) {
    g_ui = &ui;
    loopscope_js_install_ui_automation();
}

}  // namespace loopscope::app::ui_automation
