// The inspector's Warnings, Time and Resources tabs (see why_views.hpp).
//
// Index of this file:
//   Data (update, times, resources)
//   Warnings (draw_warnings)
//   Time per task (draw_times)
//   Resources (draw_resources)
#include "why_views.hpp"

#include <algorithm>
#include <cstdio>
#include <deque>
#include <string>

#include "theme.hpp"
#include "timeline_view.hpp"

namespace loopscope::inspector {

namespace {

using run_model::npos;

std::string_view task_name(const run_model::Recorder& recorder, std::uint32_t task) {
    const auto& tasks = recorder.index().tasks();
    return task < tasks.size() ? recorder.str(tasks[task].name) : std::string_view("-");
}

int len(std::string_view s) { return static_cast<int>(std::min<std::size_t>(s.size(), 1 << 20)); }

constexpr ImVec4 kWarningColor(0.95f, 0.6f, 0.15f, 1.0f);

// Seconds in a short form: "1.25 s", "3.2 ms", "0".
void seconds_text(char* buf, std::size_t size, double s) {
    if (s <= 0.0)
        std::snprintf(buf, size, "0");
    else if (s < 1e-3)
        std::snprintf(buf, size, "%.3g us", s * 1e6);
    else if (s < 1.0)
        std::snprintf(buf, size, "%.3g ms", s * 1e3);
    else
        std::snprintf(buf, size, "%.4g s", s);
}

}  // namespace

// ---- Data ---------------------------------------------------------------------------------------

const char* WhyViews::control_name(std::string_view prefix, std::size_t i) {
    // Names stay valid for the program's life (the automation API keeps the pointers for a frame);
    // a deque never moves its elements.
    static std::deque<std::string> names[4];
    std::deque<std::string>& list = names[prefix == "warning"    ? 0
                                          : prefix == "resource" ? 1
                                          : prefix == "task"     ? 2
                                                                 : 3];
    while (list.size() <= i) list.push_back(std::string(prefix) + "_" + std::to_string(list.size()));
    return list[i].c_str();
}

void WhyViews::note_control(const char* name) const {
    if (!on_control) return;
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    // The clip rectangle drawn into: the window's, cut by its parents' (a table inside a scrolled
    // child). A selectable's box reaches half the item spacing beyond its row.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 lo = dl->GetClipRectMin(), hi = dl->GetClipRectMax();
    const float slack = ImGui::GetStyle().ItemSpacing.y;
    if (a.y >= lo.y - slack && b.y <= hi.y + slack) on_control(name);
}

void WhyViews::update(const run_model::Recorder& recorder) { warnings_.update(recorder); }

const run_model::TimeReport& WhyViews::times(const run_model::Recorder& recorder,
                                             const run_model::RunState& state, double now) {
    if (times_recorder_ != &recorder || times_generation_ != recorder.generation() ||
        times_events_ != state.events || times_now_ != now) {
        run_model::time_per_task(recorder, state.events, times_, now);
        times_now_ = now;
        times_recorder_ = &recorder;
        times_generation_ = recorder.generation();
        times_events_ = state.events;
        // Keep the table's order: column 0 by creation, 1-3 the main times, 4.. a wait reason.
        auto& rows = times_.tasks;
        const bool desc = sort_descending_;
        const int col = sort_column_;
        auto key = [col](const run_model::TaskTimes& t) -> double {
            switch (col) {
                case 0: return t.task;
                case 1: return t.running;
                case 2: return t.ready;
                case 3: return t.total_waiting();
                case 12: return t.steps;
                case 13: return t.longest_step;
                default: return t.waiting[static_cast<std::size_t>(col - 4) % run_model::kWaitReasons];
            }
        };
        std::stable_sort(rows.begin(), rows.end(),
                         [&](const run_model::TaskTimes& a, const run_model::TaskTimes& b) {
                             const double ka = key(a), kb = key(b);
                             if (ka != kb) return desc ? ka > kb : ka < kb;
                             return a.task < b.task;
                         });
    }
    return times_;
}

const std::vector<run_model::ResourceView>& WhyViews::resources(const run_model::Recorder& recorder,
                                                                const run_model::RunState& state) {
    if (resources_recorder_ != &recorder || resources_generation_ != recorder.generation() ||
        resources_events_ != state.events) {
        run_model::resources_at(recorder, state, resources_);
        resources_recorder_ = &recorder;
        resources_generation_ = recorder.generation();
        resources_events_ = state.events;
    }
    if (pending_select_ >= 0 && static_cast<std::size_t>(pending_select_) < resources_.size()) {
        selected_resource_ = resources_[static_cast<std::size_t>(pending_select_)].id;
        pending_select_ = -1;
    }
    highlighted_.clear();
    for (const run_model::ResourceView& r : resources_)
        if (r.id == selected_resource_) r.involved(highlighted_);
    return resources_;
}

// ---- Warnings -----------------------------------------------------------------------------------

void WhyViews::draw_warnings(const run_model::Recorder& recorder, const run_model::RunState& state) {
    const auto& all = warnings();
    if (all.empty()) {
        ImGui::TextWrapped(
            "No warnings. When a run blocks the loop, forgets an await, drops a task, swallows a "
            "cancellation, polls in a busy loop or deadlocks, it is named here, with the line and the fix.");
        return;
    }
    const std::size_t so_far = warnings_before(state.events);
    ImGui::Text("%zu warning%s; %zu happened by the cursor (later ones dimmed)", all.size(),
                all.size() == 1 ? "" : "s", so_far);
    ImGui::BeginChild("##warnings_list", ImVec2(0, 0), ImGuiChildFlags_None);
    const double origin = timeline::run_origin(recorder);
    for (std::size_t i = 0; i < all.size(); ++i) {
        const run_model::Pitfall& p = all[i];
        const bool later = i >= so_far;
        ImGui::PushID(static_cast<int>(i));
        if (later) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, ImGui::GetStyle().Alpha * 0.45f);
        const std::string_view kind = run_model::to_string(p.kind);
        char title[96];
        if (p.line > 0)
            std::snprintf(title, sizeof title, "%.*s  line %u  at %.4g s", len(kind), kind.data(), p.line,
                          p.time - origin);
        else
            std::snprintf(title, sizeof title, "%.*s  at %.4g s", len(kind), kind.data(), p.time - origin);
        ImGui::PushStyleColor(ImGuiCol_Text, kWarningColor);
        const bool clicked = ImGui::Selectable(title, false);
        ImGui::PopStyleColor();
        if (i < 64) note_control(control_name("warning", i));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Click: show the line and move the timeline there");
        if (clicked) {
            if (p.line > 0 && on_jump_to_line) on_jump_to_line({}, static_cast<int>(p.line));
            if (on_show_moment) on_show_moment(static_cast<std::uint32_t>(p.event + 1));
        }
        ImGui::Indent();
        ImGui::TextWrapped("%s", p.message.c_str());
        ImGui::TextColored(theme::palette().info_text, "Fix:");
        ImGui::SameLine();
        ImGui::TextWrapped("%s", p.fix.c_str());
        ImGui::Unindent();
        if (later) ImGui::PopStyleVar();
        ImGui::Separator();
        ImGui::PopID();
    }
    ImGui::EndChild();
}

// ---- Time per task ------------------------------------------------------------------------------

void WhyViews::draw_times(const run_model::Recorder& recorder, const run_model::RunState& state, double now) {
    const run_model::TimeReport& report = times(recorder, state, now);
    const run_model::LoopTimes& loop = report.loop;
    char busy[32], span[32], blocked[32], lag_mean[32], lag_max[32];
    seconds_text(busy, sizeof busy, loop.busy);
    seconds_text(span, sizeof span, loop.span);
    seconds_text(blocked, sizeof blocked, loop.blocked);
    seconds_text(lag_mean, sizeof lag_mean, loop.lag_mean);
    seconds_text(lag_max, sizeof lag_max, loop.lag_max);
    // One line (the table needs the room on a small screen); the details in its tooltip.
    ImGui::Text("Loop busy %.0f%%, blocked %s; timers late by %s at most", loop.utilisation * 100.0, blocked,
                lag_max);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "Busy %s of %s: running steps and callbacks, blocking calls included (under virtual time a step\n"
            "takes no time: only blocking calls such as time.sleep count).\n"
            "%u timers ran, late by %s on average and %s at most: how long after its deadline each callback\n"
            "ran (the loop was busy or blocked).",
            busy, span, loop.timers_run, lag_mean, lag_max);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_Sortable | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("##task_times", 14, flags, ImVec2(0, 0))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn("task", ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_NoHide, 0, 0);
    ImGui::TableSetupColumn("running", ImGuiTableColumnFlags_PreferSortDescending, 0, 1);
    ImGui::TableSetupColumn("ready", ImGuiTableColumnFlags_PreferSortDescending, 0, 2);
    ImGui::TableSetupColumn("waiting", ImGuiTableColumnFlags_PreferSortDescending, 0, 3);
    for (std::size_t r = 0; r < run_model::kWaitReasons; ++r)
        ImGui::TableSetupColumn(run_model::to_string(static_cast<run_model::WaitReason>(r)),
                                ImGuiTableColumnFlags_PreferSortDescending, 0, static_cast<ImGuiID>(4 + r));
    ImGui::TableSetupColumn("steps", ImGuiTableColumnFlags_PreferSortDescending, 0, 12);
    ImGui::TableSetupColumn("longest step", ImGuiTableColumnFlags_PreferSortDescending, 0, 13);
    ImGui::TableHeadersRow();
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
        if (specs->SpecsCount > 0) {
            sort_column_ = static_cast<int>(specs->Specs[0].ColumnUserID);
            sort_descending_ = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
        }
        specs->SpecsDirty = false;
        times_events_ = static_cast<std::uint32_t>(-1);  // re-sorted below
        times(recorder, state, now);
    }
    char cell[32];
    auto time_cell = [&](double s) {
        ImGui::TableNextColumn();
        seconds_text(cell, sizeof cell, s);
        if (s > 0.0)
            ImGui::TextUnformatted(cell);
        else
            ImGui::TextDisabled("%s", cell);
    };
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(times_.tasks.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const run_model::TaskTimes& t = times_.tasks[static_cast<std::size_t>(row)];
            ImGui::TableNextRow();
            ImGui::PushID(static_cast<int>(t.task));
            ImGui::TableNextColumn();
            const std::string_view name = task_name(recorder, t.task);
            char label[96];
            std::snprintf(label, sizeof label, "%.*s", len(name), name.data());
            if (ImGui::Selectable(label, false, ImGuiSelectableFlags_SpanAllColumns) && on_select_task)
                on_select_task(t.task);
            time_cell(t.running);
            time_cell(t.ready);
            time_cell(t.total_waiting());
            for (double w : t.waiting) time_cell(w);
            ImGui::TableNextColumn();
            ImGui::Text("%u", t.steps);
            time_cell(t.longest_step);
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

// ---- Resources ----------------------------------------------------------------------------------

void WhyViews::draw_resources(const run_model::Recorder& recorder, const run_model::RunState& state) {
    const auto& rs = resources(recorder, state);
    if (rs.empty()) {
        ImGui::TextWrapped(
            "No Lock, Semaphore, Event, Condition, Barrier or Queue used yet at this moment. Select one to "
            "highlight its tasks on the timeline.");
        return;
    }
    ImGui::TextDisabled("Select one to highlight its tasks on the timeline.");
    ImGui::BeginChild("##resources_list", ImVec2(0, 0), ImGuiChildFlags_None);
    const double origin = timeline::run_origin(recorder);
    for (std::size_t i = 0; i < rs.size(); ++i) {
        const run_model::ResourceView& r = rs[i];
        ImGui::PushID(static_cast<int>(i));
        const std::string title = r.title();
        char summary[160];
        const bool lock_like =
            r.kind.substr(0, 4) == "Lock" || r.kind.find("Semaphore") != std::string_view::npos;
        if (r.is_queue())
            std::snprintf(summary, sizeof summary, "%s  size %.0f, %zu waiting", title.c_str(), r.count,
                          r.waiters.size());
        else if (lock_like)
            std::snprintf(summary, sizeof summary, "%s  %s, %zu waiting", title.c_str(),
                          r.holders.empty() ? "free" : "held", r.waiters.size());
        else if (r.kind.substr(0, 5) == "Event")
            std::snprintf(summary, sizeof summary, "%s  %s, %zu waiting", title.c_str(),
                          r.is_set ? "set" : "not set", r.waiters.size());
        else
            std::snprintf(summary, sizeof summary, "%s  %zu waiting", title.c_str(), r.waiters.size());
        const bool selected = r.id == selected_resource_;
        if (ImGui::Selectable(summary, selected)) {
            selected_resource_ = selected ? 0 : r.id;
            highlighted_.clear();
            if (!selected) r.involved(highlighted_);
        }
        if (i < 64) note_control(control_name("resource", i));
        ImGui::Indent();
        if (lock_like) {
            if (!r.holders.empty()) {
                std::string holders;
                for (std::uint32_t h : r.holders)
                    holders += (holders.empty() ? "" : ", ") + std::string(task_name(recorder, h));
                ImGui::Text("held by %s", holders.c_str());
            }
            if (r.has_count) ImGui::TextDisabled("permits left: %.0f", r.count);
        }
        if (r.kind == "Queue" && !r.items.empty()) {
            std::string items;
            for (std::size_t k = 0; k < r.items.size() && k < 12; ++k)
                items += (k ? ", " : "") + std::string(task_name(recorder, r.items[k].by));
            if (r.items.size() > 12) items += ", ...";
            ImGui::TextWrapped("items put by (oldest first): %s", items.c_str());
        }
        for (std::size_t k = 0; k < r.waiters.size() && k < 50; ++k) {
            const auto& w = r.waiters[k];
            const std::string_view n = task_name(recorder, w.task);
            ImGui::Text("%zu. %.*s  %.*s since %.4g s", k + 1, len(n), n.data(), len(w.label), w.label.data(),
                        w.since - origin);
        }
        if (r.waiters.size() > 50) ImGui::TextDisabled("... %zu more waiting", r.waiters.size() - 50);
        ImGui::Unindent();
        ImGui::PopID();
    }
    ImGui::EndChild();
}

}  // namespace loopscope::inspector
