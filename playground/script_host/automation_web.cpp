// The page's automation API (automation.hpp) in the browser: window.loopscope's calls, in JavaScript
// (EM_JS) over exported C functions that drive the app's ScriptHost.
//
// Index of this file:
//   State
//   The JavaScript side (window.loopscope)
//   Answers to JavaScript
//   The C side: one export per call
//   install
#include <emscripten.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

#include "perfetto_json.hpp"
#include "run_state.hpp"
#include "automation.hpp"
#include "script_host.hpp"

namespace {

// ---- State --------------------------------------------------------------------------------------

loopscope::playground::ScriptHost* g_host = nullptr;
int g_pending_id = 0;  // the runScript promise the current run answers (0: none)

}  // namespace

// ---- The JavaScript side (window.loopscope) -----------------------------------------------------

// The run's output stays in the ScriptHost and is copied to loopscope._stdout / _stderr only when read
// (output(), the end of a run): one copy per read instead of a call into JavaScript and a UTF-8
// decode per piece printed (print() writes each argument and separator apart).
// clang-format off
EM_JS(void, loopscope_js_install_automation, (), {
  var api = globalThis.loopscope || (globalThis.loopscope = {});
  var pending = {};
  var nextId = 1;
  api._stdout = '';
  api._stderr = '';
  function heap() {
    // Memory may have grown (from a worker too): refresh the views before writing.
    if (HEAPU8.buffer !== wasmMemory.buffer) {
      // The memory grew: Emscripten 3.1.69 remakes the views with updateMemoryViews, 3.1.6 (fallback) otherwise.
      if (typeof updateMemoryViews === "function") updateMemoryViews();
      else updateGlobalBufferAndViews(wasmMemory.buffer);
    }
    return HEAPU8;
  }
  api.runScript = function (code, opts) {
    opts = opts || {};
    return new Promise(function (resolve, reject) {
      var seed = (opts.seed === undefined || opts.seed === null) ? -1 : Number(opts.seed);
      if (!(seed === -1 || (Number.isSafeInteger(seed) && seed >= 0))) {
        reject(new Error('loopscope: seed must be a non-negative integer'));
        return;
      }
      var asyncio = opts.asyncioVersion === undefined ? 311 : Number(opts.asyncioVersion);
      if (asyncio !== 311 && asyncio !== 307) {
        reject(new Error('loopscope: asyncioVersion must be 311 or 307'));
        return;
      }
      // The toolbar's step limit (seconds; 0: none); unset: the page's default.
      var stepLimit = opts.stepLimit === undefined ? -1 : Number(opts.stepLimit);
      if (!(stepLimit === -1 || (stepLimit >= 0 && stepLimit <= 86400))) {
        reject(new Error('loopscope: stepLimit must be between 0 (no limit) and 86400 seconds'));
        return;
      }
      // The simulated web's changes (the Network panel's): web_hosts.hpp's text form, or
      // {host: {latency: s, jitter: s, fail: 'answers'|'dns'|'refused'|'timeout'|status}}.
      var web = opts.web || '';
      if (typeof web === 'object') {
        web = Object.keys(web).sort().map(function (host) {
          var f = web[host], fields = [];
          if (f.latency !== undefined) fields.push('latency_ms=' + Math.round(Number(f.latency) * 1000));
          if (f.jitter !== undefined) fields.push('jitter_ms=' + Math.round(Number(f.jitter) * 1000));
          if (f.fail !== undefined) fields.push('fail=' + (f.fail === null ? 'answers' : String(f.fail)));
          return host + ':' + fields.join(',');
        }).join(';');
      }
      // The script's file name (tracebacks, __file__, task reprs): the editor's "script.py" unless
      // given, e.g. by a test whose expected output names its own file.
      var fileName = opts.fileName === undefined ? 'script.py' : String(opts.fileName);
      if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]*\.py$/.test(fileName)) {
        reject(new Error('loopscope: fileName must be a plain file name ending in .py'));
        return;
      }
      var texts = [String(code), String(web), fileName].map(function (t) { return new TextEncoder().encode(t); });
      var ptrs = texts.map(function (bytes) {
        var ptr = _loopscope_automation_alloc(bytes.length + 1);
        if (ptr) {
          var h = heap();
          h.set(bytes, ptr);
          h[ptr + bytes.length] = 0;
        }
        return ptr;
      });
      if (!ptrs[0] || !ptrs[1] || !ptrs[2]) { reject(new Error('loopscope: out of memory for the script')); return; }
      var id = nextId++;
      pending[id] = { resolve: resolve, reject: reject };
      _loopscope_automation_run(id, ptrs[0], texts[0].length, opts.virtualTime ? 1 : 0, seed, asyncio,
                                ptrs[1], texts[1].length, stepLimit, ptrs[2], texts[2].length);
    });
  };
  api.stop = function () { _loopscope_automation_stop(); };
  api.running = function () { return _loopscope_automation_running() !== 0; };
  api.output = function () {
    _loopscope_automation_output();
    return { stdout: api._stdout, stderr: api._stderr };
  };
  api.hostStats = function () {
    // busyMs: time spent in slices; stretched: slices given more than the base budget
    // because frames were slow (aio/host/slice_budget.hpp).
    return { slices: _loopscope_automation_stat(0), timers: _loopscope_automation_stat(1),
             longestSliceMs: _loopscope_automation_stat(2), busyMs: _loopscope_automation_stat(3),
             stretched: _loopscope_automation_stat(4) };
  };
  // The state of every task now: [{name, state, awaiting, file, line, parent}], parent by name.
  api.tasks = function () { _loopscope_automation_tasks(); return JSON.parse(api._json); };
  // The Perfetto / Chrome trace JSON of the current (or last) run, as a string.
  api.trace = function () { _loopscope_automation_trace(); return api._json; };
  api._done = function (id, result) {
    var p = pending[id];
    delete pending[id];
    if (p) p.resolve(result);
  };
  api._refused = function (id, why) {
    var p = pending[id];
    delete pending[id];
    if (p) p.reject(new Error('loopscope: ' + why));
  };
  // The simulated web's hosts as the engine has them: [{name, latency, jitter, fail}]; and the
  // current or last run's requests per host: {host: {count, last}}.
  api.webHosts = function () { _loopscope_automation_web_hosts(); return JSON.parse(api._json); };
  api.webRequests = function () { _loopscope_automation_web_requests(); return JSON.parse(api._json); };
});

EM_JS(void, loopscope_js_output, (const char* out, int out_len, const char* err, int err_len), {
  var api = globalThis.loopscope;
  api._stdout = UTF8ToString(out, out_len);
  api._stderr = UTF8ToString(err, err_len);
});

EM_JS(void, loopscope_js_done, (int id, int ok, int exit_code, const char* error, int error_len), {
  var api = globalThis.loopscope;
  api._done(id, { stdout: api._stdout, stderr: api._stderr, ok: ok !== 0, exitCode: exit_code,
                  error: UTF8ToString(error, error_len) });
});
EM_JS(void, loopscope_js_refused, (int id, const char* why, int why_len), {
  globalThis.loopscope._refused(id, UTF8ToString(why, why_len));
});
EM_JS(void, loopscope_js_json, (const char* text, int len), {
  globalThis.loopscope._json = UTF8ToString(text, len);
});
// clang-format on

namespace {

// ---- Answers to JavaScript ----------------------------------------------------------------------

// Copies the host's output of the current (or last) run to loopscope._stdout / _stderr.
void publish_output() {
    const std::string& out = g_host->out();
    const std::string& err = g_host->err();
    loopscope_js_output(out.data(), static_cast<int>(out.size()), err.data(), static_cast<int>(err.size()));
}

void answer(int id, const loopscope::python::RunResult& r) {
    if (id == 0) return;
    publish_output();
    loopscope_js_done(id, r.ok ? 1 : 0, r.exit_code, r.error_type.c_str(),
                      static_cast<int>(r.error_type.size()));
}

}  // namespace

// ---- The C side: one export per call ------------------------------------------------------------

extern "C" {

EMSCRIPTEN_KEEPALIVE void* loopscope_automation_alloc(int size) {
    return std::malloc(static_cast<std::size_t>(size));
}

EMSCRIPTEN_KEEPALIVE void loopscope_automation_stop() {
    int id = g_pending_id;
    g_pending_id = 0;
    if (!g_host->running()) return;
    g_host->stop();
    answer(id, g_host->last_result());
}

EMSCRIPTEN_KEEPALIVE void loopscope_automation_run(int id, char* code, int len, int virtual_time, double seed,
                                                   int asyncio_version, char* web, int web_len,
                                                   double step_limit, char* file_name, int file_name_len) {
    std::string source(code, static_cast<std::size_t>(len));
    std::free(code);
    const std::string web_text(web, static_cast<std::size_t>(web_len));
    std::free(web);
    std::string name(file_name, static_cast<std::size_t>(file_name_len));
    std::free(file_name);
    loopscope::playground::RunSettings settings;
    std::string problem;
    std::optional<loopscope::playground::WebHostChanges> changes =
        loopscope::playground::parse_web_changes(web_text, &problem);
    if (!changes) {
        problem = "bad web option: " + problem;
        loopscope_js_refused(id, problem.data(), static_cast<int>(problem.size()));
        return;
    }
    settings.web_hosts = std::move(*changes);
    settings.asyncio_version = asyncio_version;
    if (step_limit >= 0) settings.step_limit = step_limit;  // else the page's default
    loopscope_automation_stop();  // a run in progress ends (its promise resolves, ok: false)
    settings.virtual_time = virtual_time != 0;
    settings.seed.reset();  // unseeded unless asked: as CPython
    if (seed >= 0) settings.seed = static_cast<std::uint64_t>(seed);
    g_pending_id = id;
    g_host->start(std::move(source), name, settings, [id](const loopscope::python::RunResult& r) {
        if (g_pending_id == id) g_pending_id = 0;
        answer(id, r);
    });
}

EMSCRIPTEN_KEEPALIVE void loopscope_automation_tasks() {
    const loopscope::run_model::Recorder& rec = g_host->recording();
    loopscope::run_model::RunState state = loopscope::run_model::state_at(rec, rec.size());
    std::string json = "[";
    for (const auto& t : state.tasks) {
        if (json.size() > 1) json += ',';
        json += "{\"name\":";
        loopscope::run_model::append_json_string(json, t.name);
        json += ",\"state\":";
        loopscope::run_model::append_json_string(json, loopscope::run_model::to_string(t.state));
        json += ",\"awaiting\":";
        loopscope::run_model::append_json_string(json, t.label);
        json += ",\"file\":";
        loopscope::run_model::append_json_string(json, t.file);
        json += ",\"line\":" + std::to_string(t.line) + ",\"parent\":";
        const loopscope::run_model::TaskView* parent = loopscope::run_model::find_task(state, t.parent);
        if (parent)
            loopscope::run_model::append_json_string(json, parent->name);
        else
            json += "null";
        json += '}';
    }
    json += ']';
    loopscope_js_json(json.data(), static_cast<int>(json.size()));
}

EMSCRIPTEN_KEEPALIVE void loopscope_automation_trace() {
    std::string json = loopscope::run_model::to_perfetto_json(g_host->recording());
    loopscope_js_json(json.data(), static_cast<int>(json.size()));
}

EMSCRIPTEN_KEEPALIVE void loopscope_automation_output() { publish_output(); }

EMSCRIPTEN_KEEPALIVE void loopscope_automation_web_hosts() {
    std::string json = "[";
    for (const auto& h : g_host->web_table()) {
        if (json.size() > 1) json += ',';
        json += "{\"name\":";
        loopscope::run_model::append_json_string(json, h.name);
        char numbers[96];
        std::snprintf(numbers, sizeof numbers, ",\"latency\":%.17g,\"jitter\":%.17g,\"fail\":", h.latency,
                      h.jitter);
        json += numbers;
        loopscope::run_model::append_json_string(json, loopscope::playground::format_web_fail(h.fail));
        json += '}';
    }
    json += ']';
    loopscope_js_json(json.data(), static_cast<int>(json.size()));
}

EMSCRIPTEN_KEEPALIVE void loopscope_automation_web_requests() {
    loopscope::playground::WebRequestTally tally;
    g_host->web_requests(tally);
    std::string json = "{";
    for (const auto& [host, r] : tally) {
        if (json.size() > 1) json += ',';
        loopscope::run_model::append_json_string(json, host);
        json += ":{\"count\":" + std::to_string(r.count) + ",\"last\":";
        loopscope::run_model::append_json_string(json, r.last);
        json += '}';
    }
    json += '}';
    loopscope_js_json(json.data(), static_cast<int>(json.size()));
}

EMSCRIPTEN_KEEPALIVE int loopscope_automation_running() { return g_host->running() ? 1 : 0; }

EMSCRIPTEN_KEEPALIVE double loopscope_automation_stat(int which) {
    auto s = g_host->host_stats();
    switch (which) {
        case 0: return double(s.slices);
        case 1: return double(s.timers);
        case 2: return s.longest_slice * 1000.0;
        case 3: return s.busy * 1000.0;
        case 4: return double(s.stretched);
        default: return 0.0;
    }
}

}  // extern "C"

// ---- install ------------------------------------------------------------------------------------

namespace loopscope::playground::automation {

void install(ScriptHost& host) {
    g_host = &host;
    loopscope_js_install_automation();
}

}  // namespace loopscope::playground::automation
