// The page's automation API for the app's UI (browser only), next to window.loopscope's engine
// calls (playground/script_host/automation.hpp). Read-only views of what the UI shows, for the browser
// test that drives the real UI with keyboard and mouse (web/tests/playground.mjs), plus the share
// codec and one scrub hook:
//
//   loopscope.ui.editor()       {text, caretLine, caretColumn, errorLine}  (1-based lines; 0: none)
//   loopscope.ui.settings()     {virtualTime, seed, speed, stepLimit}      (the toolbar's)
//   loopscope.ui.console()      the Console panel's text
//   loopscope.ui.run()          {running, paused, loopTime, events, scrubPending}
//   loopscope.ui.cursor()       {active, time, events}                    (the timeline's cursor)
//   loopscope.ui.inspector()    the Inspector's state at the cursor (live: now):
//                               {time, events, tasks: [{name, state, awaiting, line}], ready: [names],
//                                timers, console, awaitTree, hoveredTask: {name, shown} | null, ...}
//                               (console: the output as it was at that moment; hoveredTask: the task
//                               column's name under the mouse, whole and as drawn, cut with "...")
//   loopscope.ui.timeline()     {rulerMin: [x, y], rulerMax: [x, y], start, secondsPerPixel, ...,
//                                rulerLabels: [[x0, x1, bottom, seconds]], warningBandTop, shownNow,
//                                hoveredLane: {label, cut} | null, hoveredBar: {task, state, error} | null}
//                               (CSS px)
//   loopscope.ui.notice()       the notice popup's text ("" when none is open)
//   loopscope.ui.exportStatus() {message, failed}: the last Export trace's message ("" before any)
//   loopscope.ui.controls()     {run|stop|step|virtual_time|speed|seed|step_limit|share|export|copy_output|
//                                editor|share_position:
//                                {x0, y0, x1, y1}}  (share_position: the Share popup's checkbox)
//   loopscope.ui.taskPoint(name, t)  {x, y} of task `name`'s lane at loop time t, or null
//   loopscope.ui.scrubTo(t)     puts the cursor at loop time t (the ruler's drag does the same)
//   loopscope.ui.encodeLink(script, {virtualTime, seed, speed, scrubSeconds, scrubEvents, stepLimit})
//                               a share fragment ("v1.…"/"v2.…"); throws with the codec's message
//   loopscope.ui.shareFragment(includePosition)  the Share button's fragment for the editor now
#pragma once

namespace loopscope::app {

class AppUi;

namespace ui_automation {

// `ui` must outlive the page (the app's own).
void install(AppUi& ui);

}  // namespace ui_automation
}  // namespace loopscope::app
