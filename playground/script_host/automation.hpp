// The page's automation API, for tests and power users (browser only):
//
//   await loopscope.runScript(code, {virtualTime: true, seed: 1})  → {stdout, stderr, ok, exitCode, error}
//       more options: asyncioVersion: 307 (asyncio of Python 3.7; default 311); web: the simulated
//       web's changes, {'www.example.com': {latency: 2.5, jitter: 0, fail: 'refused' | 503 | ...}}
//       or web_hosts.hpp's text form (a bad one rejects the promise); stepLimit: seconds a step may
//       compute (0: no limit; default the toolbar's 60 s); fileName: the script's file name in
//       tracebacks, __file__ and reprs (a plain name ending in .py; default the editor's script.py)
//   loopscope.webHosts()        [{name, latency, jitter, fail}]: the simulated web as the engine has it
//   loopscope.webRequests()     {host: {count, last}}: the current/last run's requests per host
//   loopscope.stop()            stops the run in progress (its promise resolves with ok: false)
//   loopscope.running()         true while a script runs
//   loopscope.output()          {stdout, stderr} of the current (or last) run so far
//   loopscope.hostStats()       {slices, timers, longestSliceMs, busyMs, stretched}: how the page's event
//                               loop drove runs (aio/host/browser_host.hpp)
//   loopscope.tasks()           [{name, state, awaiting, file, line, parent}] of the current/last run now
//   loopscope.trace()           the Perfetto / Chrome trace JSON of the current/last run
//
// Each call drives the app's ScriptHost (script_host.hpp), the same one the Run controls use; runScript
// takes the settings a share link or the toolbar would (run_settings.hpp), without a seed: unseeded.
// install() publishes these on window.loopscope (next to the app's ready/frames status):
// automation_web.cpp; on the desktop (automation_native.cpp) it does nothing.
#pragma once

namespace loopscope::playground {

class ScriptHost;

namespace automation {

// `host` must outlive the page (the app's own).
void install(ScriptHost& host);

}  // namespace automation
}  // namespace loopscope::playground
