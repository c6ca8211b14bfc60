// What the app's UI shows, as JSON text: read-only views of the editor, the toolbar's settings, the
// console, the run, the timeline and its cursor, the inspector, the controls' rectangles, ... The
// page's automation API (window.loopscope.ui, ui_automation.hpp lists the fields) returns them as they
// are; the desktop's drive files (ui_driver.hpp) check them. One function per loopscope.ui call, named
// as it is (camelCase there, snake_case here).
#pragma once

#include <string>
#include <string_view>

namespace loopscope::app {

class AppUi;

namespace ui_state {

// JSON writing: a string literal (escaped), a number (null when not finite).
void append_string(std::string& out, std::string_view s);
void append_number(std::string& out, double v);

std::string editor(AppUi& ui);         // {text, caretLine, caretColumn, errorLine, focused, markerLines}
std::string settings(AppUi& ui);       // {virtualTime, seed, speed, asyncio, web, stepLimit, embed, ...}
std::string share_dialog(AppUi& ui);   // {link, embedLink, snippet, fullUrl}
std::string clipboard();               // the text ImGui's clipboard holds
std::string tooltip();                 // {text, frame, now}: the app's last tooltip
std::string layout(AppUi& ui);         // {cutTitles, inspectorRows, awaitRows, awaitRowsShown, firstCutTitle}
std::string network(AppUi& ui);        // {hosts: [...], changes}
std::string gallery(AppUi& ui);        // {example, intact, replaced}
std::string console_shown(AppUi& ui);  // {past, text}
std::string console(AppUi& ui);        // the console's whole text
std::string run(AppUi& ui);            // {running, paused, loopTime, events, scrubPending}
std::string cursor(AppUi& ui);         // {active, time, events}
std::string inspector(AppUi& ui);      // the inspector at the cursor (null: no recording)
std::string timeline(AppUi& ui);       // the ruler, the axis, lanes, labels, what the mouse is over
std::string notice(AppUi& ui);         // the notice popup's text
std::string export_status(AppUi& ui);  // {message, failed}
std::string controls(AppUi& ui);       // {name: {x0, y0, x1, y1}, ...}
// {x, y} of task `name`'s lane at loop time `time`, or null.
std::string task_point(AppUi& ui, std::string_view name, double time);
// {x, y} of the editor's 1-based line `line` (its first character), or null.
std::string editor_line_point(AppUi& ui, int line);

}  // namespace ui_state
}  // namespace loopscope::app
