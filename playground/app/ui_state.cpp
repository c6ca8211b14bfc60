// The app's UI state as JSON text (ui_state.hpp): what loopscope.ui.* answers in the page and what
// the desktop's drive files (ui_driver.hpp) check.
//
// Index of this file:
//   JSON writing
//   Editor, settings, share popup, clipboard, tooltip, layout
//   Network panel, gallery, console
//   Run and cursor
//   Inspector (with its "why" tabs)
//   Timeline
//   Notice, export status, controls, points on screen
#include "ui_state.hpp"

#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "app_ui.hpp"
#include "await_tree.hpp"
#include "chains.hpp"
#include "run_state.hpp"
#include "ui_style.hpp"

namespace loopscope::app::ui_state {

// ---- JSON writing -------------------------------------------------------------------------------

void append_string(std::string& out, std::string_view s) {
    out += '"';
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            char esc[8];
            std::snprintf(esc, sizeof(esc), "\\u%04x", u);
            out += esc;
        } else {
            out += c;
        }
    }
    out += '"';
}

void append_number(std::string& out, double v) {
    if (!std::isfinite(v)) {
        out += "null";
        return;
    }
    char text[32];
    std::snprintf(text, sizeof(text), "%.17g", v);
    out += text;
}

namespace {

const char* boolean(bool b) { return b ? "true" : "false"; }

}  // namespace

// ---- Editor, settings, share popup, clipboard, tooltip, layout ----------------------------------

std::string editor(AppUi& ui) {
    auto& editor = ui.editor();
    const auto caret = editor.buffer().caret();
    std::string json = "{\"text\":";
    append_string(json, editor.text());
    json += ",\"caretLine\":" + std::to_string(caret.line + 1) +
            ",\"caretColumn\":" + std::to_string(caret.column + 1) +
            ",\"errorLine\":" + std::to_string(editor.error_line() + 1) +
            ",\"focused\":" + boolean(editor.focused()) + ",\"markerLines\":[";
    bool first = true;
    for (const auto& m : editor.task_markers()) {
        json += (first ? "" : ",") + std::to_string(m.line + 1);
        first = false;
    }
    json += "]}";
    return json;
}

std::string settings(AppUi& ui) {
    const auto& s = ui.settings();
    std::string json = "{\"virtualTime\":" + std::string(boolean(s.virtual_time)) + ",\"seed\":";
    append_number(json, static_cast<double>(s.seed.value_or(0)));
    json += ",\"speed\":";
    append_number(json, static_cast<double>(s.speed));
    json += ",\"asyncio\":" + std::to_string(s.asyncio_version) + ",\"web\":";
    append_string(json, loopscope::playground::format_web_changes(s.web_hosts));
    json += ",\"stepLimit\":";
    append_number(json, s.step_limit);
    const auto& view = ui.view_settings();
    json += ",\"embed\":" + std::string(boolean(ui.embedded())) +
            ",\"lightTheme\":" + boolean(view.light_theme) +
            ",\"fontSize\":" + std::to_string(view.font_size) + "}";
    return json;
}

// The Share popup's links (made when it opened, remade when its options change).
std::string share_dialog(AppUi& ui) {
    std::string json = "{\"link\":";
    append_string(json, ui.share_link());
    json += ",\"embedLink\":";
    append_string(json, ui.share_embed_link());
    json += ",\"snippet\":";
    append_string(json, ui.share_iframe_snippet());
    std::string error;
    json += ",\"fullUrl\":";  // what "Open in Loopscope" opens now
    append_string(json, ui.full_playground_url(&error));
    json += "}";
    return json;
}

// What the app's last copy put on the clipboard (ImGui's view of it).
std::string clipboard() {
    std::string json;
    const char* text = ImGui::GetClipboardText();
    append_string(json, text != nullptr ? text : "");
    return json;
}

// The last tooltip the app's own tooltip() showed: {text, frame, now} (frames of ImGui).
std::string tooltip() {
    int frame = -1;
    const std::string& text = loopscope::app::last_tooltip(&frame);
    std::string json = "{\"text\":";
    append_string(json, text);
    json +=
        ",\"frame\":" + std::to_string(frame) + ",\"now\":" + std::to_string(ImGui::GetFrameCount()) + "}";
    return json;
}

// How much the layout shows: gallery titles drawn cut, the inspector's task rows wholly on screen, the
// Await tree's rows (of the tree built last; wholly on screen: 0 when its tab is not open).
std::string layout(AppUi& ui) {
    std::string json = "{\"cutTitles\":" + std::to_string(ui.cut_gallery_titles()) +
                       ",\"inspectorRows\":" + std::to_string(ui.inspector().visible_task_rows()) +
                       ",\"awaitRows\":" + std::to_string(ui.inspector().await_rows()) +
                       ",\"awaitRowsShown\":" + std::to_string(ui.inspector().visible_await_rows()) +
                       ",\"firstCutTitle\":";
    append_string(json, ui.cut_gallery_titles() > 0 ? ui.first_cut_title() : std::string());
    json += "}";
    return json;
}

// ---- Network panel, gallery, console ------------------------------------------------------------

std::string network(AppUi& ui) {
    const auto& changes = ui.settings().web_hosts;
    const auto table = loopscope::playground::apply_web_changes(ui.run_backend().web_table(), changes);
    loopscope::playground::WebRequestTally requests;
    ui.run_backend().web_requests(requests);
    std::string json = "{\"hosts\":[";
    for (const auto& h : table) {
        if (json.back() != '[') json += ',';
        json += "{\"name\":";
        append_string(json, h.name);
        json += ",\"latency\":";
        append_number(json, h.latency);
        json += ",\"jitter\":";
        append_number(json, h.jitter);
        json += ",\"fail\":";
        append_string(json, loopscope::playground::format_web_fail(h.fail));
        json += ",\"changed\":" +
                std::string(boolean(loopscope::playground::find_web_change(changes, h.name) != nullptr));
        const auto r = requests.find(h.name);
        json += ",\"requests\":" + std::to_string(r == requests.end() ? 0 : r->second.count) + ",\"last\":";
        append_string(json, r == requests.end() ? std::string() : r->second.last);
        json += '}';
    }
    json += "],\"changes\":";
    append_string(json, loopscope::playground::format_web_changes(changes));
    json += "}";
    return json;
}

// The gallery: the example last loaded, whether the editor still holds it unedited, and the user's
// text it replaced ("" when there is none to restore).
std::string gallery(AppUi& ui) {
    std::string json = "{\"example\":";
    append_string(json, ui.current_example());
    json += ",\"intact\":" + std::string(boolean(ui.example_intact())) + ",\"replaced\":";
    append_string(json, ui.replaced_text());
    json += "}";
    return json;
}

// What the console panel shows: {past, text} (past: the output up to the timeline's cursor).
std::string console_shown(AppUi& ui) {
    bool past = false;
    const std::string text = ui.shown_console(&past);
    std::string json = "{\"past\":" + std::string(boolean(past)) + ",\"text\":";
    append_string(json, text);
    json += "}";
    return json;
}

std::string console(AppUi& ui) {
    std::string json;
    append_string(json, ui.console().text());
    return json;
}

// ---- Run and cursor -----------------------------------------------------------------------------

std::string run(AppUi& ui) {
    auto& rc = ui.run_backend();
    const auto* rec = ui.recording();
    std::string json = "{\"running\":" + std::string(boolean(rc.running())) +
                       ",\"paused\":" + boolean(rc.paused()) + ",\"loopTime\":";
    append_number(json, rc.loop_time());
    json += ",\"events\":" + std::to_string(rec ? rec->size() : 0) +
            ",\"scrubPending\":" + boolean(ui.scrub_pending()) + "}";
    return json;
}

std::string cursor(AppUi& ui) {
    const auto& c = ui.timeline().cursor();
    std::string json = "{\"active\":" + std::string(boolean(c.active)) + ",\"time\":";
    append_number(json, c.time);
    json += ",\"events\":" + std::to_string(c.events) + "}";
    return json;
}

// ---- Inspector (with its "why" tabs) -----------------------------------------------------------

namespace {

// The inspector's tabs as they show this moment (issue 18): which tab is open, the Warnings (all, with
// `happened`: before the cursor), the Time table (creation order), the Resources and the tasks the
// selected one highlights, and the selected task's creation and cancellation chains.
void append_why_views(AppUi& ui, std::string& json, const loopscope::run_model::Recorder& rec,
                      const loopscope::run_model::RunState& s) {
    namespace rm = loopscope::run_model;
    auto& inspector = ui.inspector();
    auto& why = inspector.why();
    const auto& tasks = rec.index().tasks();
    auto name = [&](std::uint32_t t) {
        return t < tasks.size() ? rec.str(tasks[t].name) : std::string_view();
    };
    static const char* const kTabs[] = {"state", "warnings", "time", "resources", "awaits"};
    json += ",\"tab\":";
    append_string(json, kTabs[static_cast<int>(inspector.tab())]);
    const double origin = loopscope::timeline::run_origin(rec);
    json += ",\"warnings\":[";
    const std::size_t so_far = why.warnings_before(s.events);
    for (std::size_t i = 0; i < why.warnings().size(); ++i) {
        const rm::Pitfall& p = why.warnings()[i];
        if (i) json += ',';
        json += "{\"kind\":";
        append_string(json, rm::to_string(p.kind));
        json += ",\"line\":" + std::to_string(p.line) + ",\"time\":";
        append_number(json, p.time - origin);
        json += ",\"event\":" + std::to_string(p.event) + ",\"happened\":" + boolean(i < so_far) +
                ",\"message\":";
        append_string(json, p.message);
        json += ",\"fix\":";
        append_string(json, p.fix);
        json += "}";
    }
    const auto& cursor = ui.timeline().cursor();
    const rm::TimeReport& report = why.times(rec, s, cursor.active ? cursor.time : s.time);
    json += "],\"taskTimes\":{\"loop\":{\"span\":";
    append_number(json, report.loop.span);
    json += ",\"busy\":";
    append_number(json, report.loop.busy);
    json += ",\"blocked\":";
    append_number(json, report.loop.blocked);
    json += ",\"utilisation\":";
    append_number(json, report.loop.utilisation);
    json += ",\"timersRun\":" + std::to_string(report.loop.timers_run) + ",\"lagMean\":";
    append_number(json, report.loop.lag_mean);
    json += ",\"lagMax\":";
    append_number(json, report.loop.lag_max);
    json += "},\"tasks\":[";
    for (std::size_t i = 0; i < report.tasks.size(); ++i) {  // in the table's order
        const rm::TaskTimes& t = report.tasks[i];
        if (i) json += ',';
        json += "{\"name\":";
        append_string(json, name(t.task));
        json += ",\"running\":";
        append_number(json, t.running);
        json += ",\"ready\":";
        append_number(json, t.ready);
        json += ",\"waiting\":{";
        for (std::size_t r = 0; r < rm::kWaitReasons; ++r) {
            if (r) json += ',';
            append_string(json, rm::to_string(static_cast<rm::WaitReason>(r)));
            json += ':';
            append_number(json, t.waiting[r]);
        }
        json += "},\"steps\":" + std::to_string(t.steps) + ",\"longestStep\":";
        append_number(json, t.longest_step);
        json += "}";
    }
    json += "]},\"resources\":[";
    const auto& rs = why.resources(rec, s);
    for (std::size_t i = 0; i < rs.size(); ++i) {
        const rm::ResourceView& r = rs[i];
        if (i) json += ',';
        json += "{\"title\":";
        append_string(json, r.title());
        json += ",\"kind\":";
        append_string(json, r.kind);
        json += ",\"selected\":" + std::string(boolean(r.id == why.selected_resource())) + ",\"holders\":[";
        for (std::size_t k = 0; k < r.holders.size(); ++k) {
            if (k) json += ',';
            append_string(json, name(r.holders[k]));
        }
        json += "],\"waiters\":[";
        for (std::size_t k = 0; k < r.waiters.size(); ++k) {
            if (k) json += ',';
            json += "{\"task\":";
            append_string(json, name(r.waiters[k].task));
            json += ",\"awaits\":";
            append_string(json, r.waiters[k].label);
            json += "}";
        }
        json += "],\"count\":";
        if (r.has_count)
            append_number(json, r.count);
        else
            json += "null";
        json += ",\"set\":" + std::string(boolean(r.is_set)) + ",\"items\":[";
        for (std::size_t k = 0; k < r.items.size(); ++k) {
            if (k) json += ',';
            append_string(json, name(r.items[k].by));
        }
        json += "]}";
    }
    json += "],\"highlighted\":[";
    for (std::size_t k = 0; k < why.highlighted().size(); ++k) {
        if (k) json += ',';
        append_string(json, name(why.highlighted()[k]));
    }
    json += "],\"selectedTask\":";
    const std::uint32_t sel = inspector.selected_task();
    if (sel >= tasks.size()) {
        json += "null";
        return;
    }
    json += "{\"name\":";
    append_string(json, name(sel));
    json += ",\"created\":[";
    const auto created = rm::creation_chain(rec, sel);
    for (std::size_t k = 0; k < created.size(); ++k) {
        if (k) json += ',';
        append_string(json, name(created[k]));
    }
    json += "],\"cancelled\":";
    append_string(json, rm::format_cancel_chain(rec, rm::cancel_chain(rec, sel, s.events)));
    json += "}";
}

}  // namespace

std::string inspector(AppUi& ui) {
    const loopscope::run_model::Recorder* rec = ui.recording();
    if (rec == nullptr) { return "null"; }
    auto& inspector = ui.inspector();
    inspector.refresh(*rec, ui.timeline().cursor());  // what the panel shows at this cursor
    const loopscope::run_model::RunState& s = inspector.state();
    std::string json = "{\"time\":";
    append_number(json, s.time);
    json += ",\"events\":" + std::to_string(s.events) + ",\"tasks\":[";
    for (std::size_t i = 0; i < s.tasks.size(); ++i) {
        const auto& t = s.tasks[i];
        if (i) json += ',';
        json += "{\"name\":";
        append_string(json, t.name);
        json += ",\"state\":";
        append_string(json, loopscope::run_model::to_string(t.state));
        json += ",\"awaiting\":";
        append_string(json,
                      t.state == loopscope::run_model::TaskState::waiting ? t.label : std::string_view());
        json += ",\"line\":" + std::to_string(t.line) + "}";
    }
    json += "],\"ready\":[";
    const auto& tasks = rec->index().tasks();
    for (std::size_t i = 0; i < s.ready.size(); ++i) {
        if (i) json += ',';
        const auto& e = s.ready[i];
        if (e.kind == loopscope::run_model::ReadyKind::task && e.index < tasks.size())
            append_string(json, rec->str(tasks[e.index].name));
        else
            json += "\"timer\"";
    }
    json += "],\"timers\":" + std::to_string(s.timers.size()) + ",\"console\":";
    std::string console;
    const auto& lines = rec->index().console();
    for (std::size_t i = 0; i < s.console_lines && i < lines.size(); ++i) {
        console += rec->console_text(lines[i]);
        if (console.empty() || console.back() != '\n') console += '\n';  // lines are recorded without it
    }
    append_string(json, console);
    // Who awaits whom at this moment, as the inspector's Await tree shows it (text form).
    std::vector<loopscope::run_model::AwaitNode> tree;
    loopscope::run_model::build_await_tree(*rec, s, tree);
    json += ",\"awaitTree\":";
    append_string(json, loopscope::run_model::format_await_tree(tree));
    // The task name under the mouse in the task column: whole (its tooltip when cut) and as drawn.
    const auto& hovered = inspector.hovered_task_name();
    json += ",\"hoveredTask\":";
    if (hovered.name[0] == '\0') {
        json += "null";
    } else {
        json += "{\"name\":";
        append_string(json, hovered.name);
        json += ",\"shown\":";
        append_string(json, hovered.shown);
        json += "}";
    }
    append_why_views(ui, json, *rec, s);
    json += "}";
    return json;
}

// ---- Timeline -----------------------------------------------------------------------------------

std::string timeline(AppUi& ui) {
    auto& panel = ui.timeline();
    const auto& axis = panel.view().axis();
    std::string json = "{\"rulerMin\":[";
    append_number(json, panel.ruler_min().x);
    json += ',';
    append_number(json, panel.ruler_min().y);
    json += "],\"rulerMax\":[";
    append_number(json, panel.ruler_max().x);
    json += ',';
    append_number(json, panel.ruler_max().y);
    json += "],\"lanesTop\":";
    append_number(json, panel.lanes_min().y);
    json += ",\"start\":";
    append_number(json, axis.start());
    json += ",\"secondsPerPixel\":";
    append_number(json, axis.seconds_per_pixel());
    json += ",\"noTasks\":" + std::string(boolean(panel.no_tasks())) +
            ",\"origin\":";  // the loop time shown as 0 s (the run's start)
    append_number(json, panel.origin());
    const auto* rec = ui.recording();
    json += ",\"shutdown\":[";  // asyncio.run's clean-up tasks (labelled as such)
    if (rec != nullptr) {
        std::vector<std::uint32_t> shutdown;
        loopscope::timeline::find_run_shutdown_tasks(rec->index(), shutdown);
        for (std::size_t n = 0; n < shutdown.size(); ++n) {
            json += n ? "," : "";
            append_string(json, rec->str(rec->index().tasks()[shutdown[n]].name));
        }
    }
    json += "],\"failedOrCancelled\":[";  // tasks that end with a marker
    if (rec != nullptr)
        for (std::uint32_t t = 0, n = 0; t < rec->index().tasks().size(); ++t) {
            const auto& segs = rec->index().tasks()[t].segments;
            if (segs.empty() || (segs.back().state != loopscope::run_model::TaskState::failed &&
                                 segs.back().state != loopscope::run_model::TaskState::cancelled))
                continue;
            json += n++ ? "," : "";
            append_string(json, rec->str(rec->index().tasks()[t].name));
        }
    json += "]";
    json += ",\"late\":[";  // late wake-ups: [task name, due, fired, "blocked" | "busy"]
    bool first = true;
    for (const auto& w : panel.late_wakes()) {
        if (rec == nullptr || w.task >= rec->index().tasks().size()) break;
        json += first ? "[" : ",[";
        first = false;
        append_string(json, rec->str(rec->index().tasks()[w.task].name));
        json += ',';
        append_number(json, w.due);
        json += ',';
        append_number(json, w.fired);
        json += w.cause == loopscope::timeline::LateCause::blocked ? ",\"blocked\"]" : ",\"busy\"]";
    }
    json += ']';
    // The ruler's labels drawn last frame: [x0, x1, bottom, seconds]; the top of the warnings' band.
    json += ",\"rulerLabels\":[";
    for (std::size_t i = 0; i < panel.ruler_labels().size(); ++i) {
        const auto& l = panel.ruler_labels()[i];
        json += i ? ",[" : "[";
        append_number(json, l.x0);
        json += ',';
        append_number(json, l.x1);
        json += ',';
        append_number(json, l.bottom);
        json += ',';
        append_number(json, l.seconds);
        json += ']';
    }
    json += "],\"warningBandTop\":";
    append_number(json, panel.warning_band_top());
    json += ",\"shownNow\":";  // where open segments end (a finished run: its last event)
    append_number(json, panel.shown_now());
    // What the mouse is over: a lane's name ({label, cut}) or a task's bar ({task, state, error}).
    json += ",\"hoveredLane\":";
    if (panel.hovered_lane_label()[0] != '\0') {
        json += "{\"label\":";
        append_string(json, panel.hovered_lane_label());
        json += ",\"cut\":" + std::string(boolean(panel.hovered_lane_cut())) + "}";
    } else {
        json += "null";
    }
    json += ",\"hoveredBar\":";
    const auto& hit = panel.hovered();
    if (rec != nullptr && hit.kind == loopscope::timeline::HitKind::task_segment &&
        hit.task < rec->index().tasks().size()) {
        const auto& task = rec->index().tasks()[hit.task];
        json += "{\"task\":";
        append_string(json, rec->str(task.name));
        json += ",\"state\":";
        append_string(json, hit.index < task.segments.size()
                                ? loopscope::run_model::to_string(task.segments[hit.index].state)
                                : "");
        json += ",\"error\":";
        append_string(json, rec->str(task.error));
        json += "}";
    } else {
        json += "null";
    }
    json += "}";
    return json;
}

// ---- Notice, export status, controls, points on screen ------------------------------------------

std::string notice(AppUi& ui) {
    std::string json;
    append_string(json, ui.notice());
    return json;
}

std::string export_status(AppUi& ui) {
    std::string json = "{\"message\":";
    append_string(json, ui.export_status());
    json += ",\"failed\":" + std::string(boolean(ui.export_failed())) + "}";
    return json;
}

std::string controls(AppUi& ui) {
    std::string json = "{";
    for (const auto& c : ui.control_rects()) {
        if (json.size() > 1) json += ',';
        append_string(json, c.name);
        json += ":{\"x0\":";
        append_number(json, c.x0);
        json += ",\"y0\":";
        append_number(json, c.y0);
        json += ",\"x1\":";
        append_number(json, c.x1);
        json += ",\"y1\":";
        append_number(json, c.y1);
        json += "}";
    }
    json += "}";
    return json;
}

std::string task_point(AppUi& ui, std::string_view name, double time) {
    const loopscope::run_model::Recorder* rec = ui.recording();
    if (rec != nullptr) {
        const auto& tasks = rec->index().tasks();
        for (std::uint32_t i = 0; i < tasks.size(); ++i) {
            ImVec2 p;
            if (rec->str(tasks[i].name) != name || !ui.timeline().task_point(i, time, p)) continue;
            std::string json = "{\"x\":";
            append_number(json, p.x);
            json += ",\"y\":";
            append_number(json, p.y);
            json += "}";
            return json;
        }
    }
    return "null";
}

// Screen point of the editor's 1-based line `line` (its first character), or null.
std::string editor_line_point(AppUi& ui, int line) {
    ImVec2 p;
    if (!ui.editor().line_point(line - 1, p)) return "null";
    std::string json = "{\"x\":";
    append_number(json, p.x);
    json += ",\"y\":";
    append_number(json, p.y);
    json += "}";
    return json;
}

}  // namespace loopscope::app::ui_state
