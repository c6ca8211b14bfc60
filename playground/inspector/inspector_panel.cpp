#include "inspector_panel.hpp"

#include "chains.hpp"
#include "fit_text.hpp"
#include "theme.hpp"

#include <algorithm>
#include <cstdio>

namespace loopscope::inspector {

namespace {

using run_model::npos;

ImVec4 state_color(run_model::TaskState s) {
    switch (s) {
        case run_model::TaskState::created: return ImVec4(0.6f, 0.6f, 0.65f, 1);
        case run_model::TaskState::ready: return ImVec4(0.9f, 0.75f, 0.25f, 1);
        case run_model::TaskState::running: return ImVec4(0.35f, 0.85f, 0.45f, 1);
        case run_model::TaskState::waiting: return ImVec4(0.45f, 0.6f, 0.95f, 1);
        case run_model::TaskState::done: return ImVec4(0.55f, 0.6f, 0.57f, 1);
        case run_model::TaskState::failed: return ImVec4(0.95f, 0.3f, 0.3f, 1);
        case run_model::TaskState::cancelled: return ImVec4(0.75f, 0.45f, 0.9f, 1);
    }
    return ImVec4(1, 1, 1, 1);
}

std::string_view task_name(const run_model::Recorder& recorder, std::uint32_t task) {
    const auto& tasks = recorder.index().tasks();
    return task < tasks.size() ? recorder.str(tasks[task].name) : std::string_view("-");
}

int len(std::string_view s) { return static_cast<int>(std::min<std::size_t>(s.size(), 1 << 20)); }

}  // namespace

bool InspectorPanel::refresh(const run_model::Recorder& recorder, const timeline::Cursor& cursor) {
    // Live: the end of the record, which grows; at a cursor: a fixed moment.
    const std::size_t events =
        cursor.active ? std::min<std::size_t>(cursor.events, recorder.size()) : recorder.size();
    if (&recorder == state_recorder_ && recorder.generation() == state_generation_ &&
        events == state_events_ && (cursor.active || recorder.size() == state_record_size_))
        return false;
    tracker_.update(recorder, events);
    state_recorder_ = &recorder;
    state_generation_ = recorder.generation();
    state_events_ = events;
    state_record_size_ = recorder.size();
    return true;
}

void InspectorPanel::draw(const run_model::Recorder* recorder, const timeline::Cursor& cursor, ImVec2 size) {
    hovered_task_ = {};
    ImGui::BeginChild("##inspector_panel", size, ImGuiChildFlags_Border);
    ImGui::TextUnformatted("Inspector");
    if (recorder == nullptr || recorder->size() == 0) {
        ImGui::Separator();
        ImGui::TextWrapped(
            "No run recorded yet. After a run, this shows the state of the loop at the timeline's "
            "cursor: tasks, ready queue, timers, executor, console.");
        state_recorder_ = nullptr;
        ImGui::EndChild();
        return;
    }
    // Every frame: live, only the events recorded since the last frame are applied.
    refresh(*recorder, cursor);
    const run_model::RunState& s = state();
    const double origin = timeline::run_origin(*recorder);  // times from the run's start, as the timeline's
    ImGui::SameLine();
    if (cursor.active)
        ImGui::Text("at %.6g s (after %u events)", cursor.time - origin,
                    s.events);  // the cursor, not the last event
    else
        ImGui::TextDisabled("now: %.6g s (%u events)", s.time - origin, s.events);
    if (s.truncated)
        ImGui::TextColored(ImVec4(1, 0.6f, 0.2f, 1), "The record was truncated before this moment.");
    why_.update(*recorder);
    // A selected resource's tasks stay highlighted on the timeline, following the cursor.
    if (why_.selected_resource() != 0) why_.resources(*recorder, s);
    if (ImGui::BeginTabBar("##inspector_tabs")) {
        auto tab = [&](const char* label, Tab which, const char* control) {
            const ImGuiTabItemFlags flags = requested_tab_ == static_cast<int>(which)
                                                ? ImGuiTabItemFlags_SetSelected
                                                : ImGuiTabItemFlags_None;
            const bool open = ImGui::BeginTabItem(label, nullptr, flags);
            why_.note_control(control);
            if (open) tab_ = which;
            return open;
        };
        if (tab("State###tab_state", Tab::state, "tab_state")) {
            draw_state(*recorder);
            ImGui::EndTabItem();
        }
        visible_await_rows_ = 0;
        if (tab("Await tree###tab_awaits", Tab::await_tree, "tab_awaits")) {
            draw_await_tree(*recorder);
            ImGui::EndTabItem();
        }
        char label[48];
        const std::size_t so_far = why_.warnings_before(s.events);
        std::snprintf(label, sizeof label, "Warnings (%zu)###tab_warnings", so_far);
        const bool any_warning = !why_.warnings().empty();
        if (any_warning) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.6f, 0.15f, 1.0f));
        const bool warnings_open = tab(label, Tab::warnings, "tab_warnings");
        if (any_warning) ImGui::PopStyleColor();
        if (warnings_open) {
            why_.draw_warnings(*recorder, s);
            ImGui::EndTabItem();
        }
        if (tab("Time###tab_time", Tab::time, "tab_time")) {
            why_.draw_times(*recorder, s, cursor.active ? cursor.time : s.time);
            ImGui::EndTabItem();
        }
        if (tab("Resources###tab_resources", Tab::resources, "tab_resources")) {
            why_.draw_resources(*recorder, s);
            ImGui::EndTabItem();
        }
        requested_tab_ = -1;
        ImGui::EndTabBar();
    }
    ImGui::EndChild();
}

void InspectorPanel::draw_state(const run_model::Recorder& recorder) {
    const run_model::Recorder* rec = &recorder;
    const run_model::RunState& s = state();
    ImGui::BeginChild("##inspector_body");

    // The loop.
    const run_model::LoopView& loop = s.loop;
    if (loop.blocked) {
        ImGui::TextColored(ImVec4(1, 0.3f, 0.3f, 1), "Loop: BLOCKED by a blocking call");
    } else if (!loop.running) {
        ImGui::TextUnformatted("Loop: between callbacks");
    } else if (loop.activity == run_model::LoopActivity::step) {
        const std::string_view n = task_name(*rec, loop.task);
        ImGui::Text("Loop: running a step of %.*s", len(n), n.data());
    } else if (loop.activity == run_model::LoopActivity::idle) {
        if (loop.wait_timeout < 0)
            ImGui::TextUnformatted("Loop: idle, waiting for I/O (no timeout)");
        else
            ImGui::Text("Loop: idle, waiting up to %.6g s", loop.wait_timeout);
    } else {
        ImGui::Text("Loop: running callback %llu", static_cast<unsigned long long>(loop.subject));
    }

    draw_tasks(recorder);
    // Under the table, not above it: a selected task's chains must not push the table out of a
    // small panel (at 1024x640 they left no row on screen).
    draw_selected_task(recorder);
    draw_queues(recorder);
    draw_console(recorder);
    ImGui::EndChild();
}

// The selected task's creation chain (who created it, up to a root) and cancellation chain (who
// cancelled it, through what, who cancelled that one; where the CancelledError went), at the moment.
void InspectorPanel::draw_selected_task(const run_model::Recorder& recorder) {
    const auto& tasks = recorder.index().tasks();
    const run_model::RunState& s = state();
    if (selected_task_ >= tasks.size() || find_task(s, selected_task_) == nullptr) {
        // Wrapped: a narrow inspector (1024x640) cut it mid-word.
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("Click a task's name for who created and who cancelled it.");
        ImGui::PopStyleColor();
        return;
    }
    const std::string_view name = task_name(recorder, selected_task_);
    char header[128];
    std::snprintf(header, sizeof header, "Task %.*s: created by, cancelled by###selected_task", len(name),
                  name.data());
    if (!ImGui::CollapsingHeader(header, ImGuiTreeNodeFlags_DefaultOpen)) return;
    ImGui::Indent();
    const std::vector<std::uint32_t> created = run_model::creation_chain(recorder, selected_task_);
    std::string chain;
    for (std::size_t i = 0; i < created.size(); ++i) {
        if (i) chain += " <- ";
        chain += task_name(recorder, created[i]);
    }
    if (created.size() <= 1) chain += " (created outside any task: asyncio.run, or a callback)";
    ImGui::TextWrapped("Created: %s", chain.c_str());
    const run_model::CancelChain cancel = run_model::cancel_chain(recorder, selected_task_, s.events);
    if (cancel.steps.empty()) {
        ImGui::TextDisabled("Not asked to cancel by this moment.");
    } else {
        const double origin = timeline::run_origin(recorder);
        for (std::size_t i = 0; i < cancel.steps.size(); ++i) {
            const run_model::CancelStep& st = cancel.steps[i];
            const std::string_view who = task_name(recorder, st.task);
            const std::string by = st.by == npos ? std::string("a callback (a timer, the runner)")
                                                 : std::string(task_name(recorder, st.by));
            ImGui::TextWrapped("%s%.*s cancelled by %s via %.*s at %.4g s",
                               i ? "<- " : "Cancelled: ", len(who), who.data(), by.c_str(), len(st.via),
                               st.via.data(), st.time - origin);
        }
        if (cancel.swallowed)
            ImGui::TextColored(ImVec4(0.95f, 0.6f, 0.15f, 1.0f),
                               "It caught the CancelledError and carried on.");
        if (!cancel.travelled.empty()) {
            std::string went;
            for (std::uint32_t t : cancel.travelled) went += " " + std::string(task_name(recorder, t));
            ImGui::TextWrapped("The CancelledError went on to:%s", went.c_str());
        }
    }
    ImGui::Unindent();
}

void InspectorPanel::draw_tasks(const run_model::Recorder& recorder) {
    const run_model::RunState& s = state();
    char header[64];
    std::snprintf(header, sizeof(header), "Tasks (%zu)###tasks", s.tasks.size());
    // "unfinished only" on the header's line: one more task row where the panel is short.
    const bool open =
        ImGui::CollapsingHeader(header, ImGuiTreeNodeFlags_DefaultOpen | ImGuiTreeNodeFlags_AllowOverlap);
    ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize("unfinished only").x -
                    ImGui::GetFrameHeight() - ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::Checkbox("unfinished only", &only_unfinished_);
    visible_task_rows_ = 0;
    if (!open) return;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_SizingStretchProp;
    const float rows_h = ImGui::GetTextLineHeightWithSpacing() *
                         std::clamp<float>(static_cast<float>(s.tasks.size()) + 1.5f, 3, 12);
    if (!ImGui::BeginTable("##tasks", 5, flags, ImVec2(0, rows_h))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    // The names get the room: "worker() Task-2" whole in a 1024-pixel window, a line number little.
    ImGui::TableSetupColumn("task", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("state", ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableSetupColumn("awaits", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn("line", ImGuiTableColumnFlags_WidthStretch, 0.7f);
    ImGui::TableSetupColumn("parent", ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableHeadersRow();
    // Rows to show: every task, or the unfinished ones (positions into s.tasks).
    std::vector<std::uint32_t>& shown = shown_;
    shown.clear();
    for (std::uint32_t i = 0; i < s.tasks.size(); ++i)
        if (!only_unfinished_ || !run_model::is_final(s.tasks[i].state)) shown.push_back(i);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(shown.size()));
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const run_model::TaskView& t = s.tasks[shown[static_cast<std::size_t>(r)]];
            ImGui::TableNextRow();
            ImGui::PushID(static_cast<int>(t.task));
            ImGui::TableNextColumn();
            char name[128];  // "worker() Task-2", as the timeline's lane says
            run_model::format_task_title(recorder, t.task, name, sizeof name);
            // A name wider than its column ends in "..." and shows whole on hover (as a lane's name).
            char fitted[sizeof name], label[sizeof name + 8];
            const char* shown =
                timeline::fit_text(name, ImGui::GetContentRegionAvail().x, fitted, sizeof fitted);
            std::snprintf(label, sizeof label, "%s##name", shown);  // one ID whatever the width
            if (ImGui::Selectable(label, t.task == selected_task_)) selected_task_ = t.task;
            if (t.task < 64) why_.note_control(WhyViews::control_name("task", t.task));
            if (ImGui::IsItemHovered()) {
                std::snprintf(hovered_task_.name, sizeof hovered_task_.name, "%s", name);
                std::snprintf(hovered_task_.shown, sizeof hovered_task_.shown, "%s", shown);
                if (shown != name) ImGui::SetTooltip("%s", name);
            }
            if (ImGui::GetItemRectMax().y <= ImGui::GetWindowDrawList()->GetClipRectMax().y &&
                ImGui::GetItemRectMin().y >= ImGui::GetWindowDrawList()->GetClipRectMin().y)
                ++visible_task_rows_;  // wholly on screen (the panel may cut the table)
            ImGui::TableNextColumn();
            ImGui::TextColored(state_color(t.state), "%s", run_model::to_string(t.state));
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("since %.6g s; %u steps run", t.since - timeline::run_origin(recorder),
                                  t.steps);
            ImGui::TableNextColumn();
            if (t.state == run_model::TaskState::waiting)
                ImGui::TextUnformatted(t.label.data(), t.label.data() + t.label.size());
            ImGui::TableNextColumn();
            if (t.line > 0) {
                char line[24];
                std::snprintf(line, sizeof(line), "%u", t.line);
                if (ImGui::Selectable(line, false) && on_jump_to_line)
                    on_jump_to_line(t.file, static_cast<int>(t.line));
                if (ImGui::IsItemHovered())
                    ImGui::SetTooltip("%.*s:%u - click to show it in the editor", len(t.file), t.file.data(),
                                      t.line);
            }
            ImGui::TableNextColumn();
            if (t.parent != npos) {
                const std::string_view p = task_name(recorder, t.parent);
                ImGui::TextUnformatted(p.data(), p.data() + p.size());
            }
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

// Who awaits whom at this moment (run_model/await_tree.hpp), as an indented tree: each unfinished
// task under the task that awaits it, through gather / TaskGroup / wait_for / shield; a click on a
// task's line shows it in the editor. Its own tab, all the panel's height: a tree of a few dozen
// tasks is read at a glance, not through a box of a few rows. Rebuilt only when the state changes.
void InspectorPanel::draw_await_tree(const run_model::Recorder& recorder) {
    const run_model::RunState& s = state();
    if (await_tree_recorder_ != &recorder || await_tree_generation_ != recorder.generation() ||
        await_tree_events_ != s.events) {
        run_model::build_await_tree(recorder, s, await_tree_);
        await_tree_recorder_ = &recorder;
        await_tree_generation_ = recorder.generation();
        await_tree_events_ = s.events;
    }
    if (await_tree_.empty()) {
        ImGui::TextDisabled("No unfinished task at this moment.");
        return;
    }
    ImGui::BeginChild("##await_tree", ImVec2(0, 0), ImGuiChildFlags_None,
                      ImGuiWindowFlags_HorizontalScrollbar);
    const float indent = ImGui::GetFontSize() * 1.2f;
    const float clip_top = ImGui::GetWindowDrawList()->GetClipRectMin().y;
    const float clip_bottom = ImGui::GetWindowDrawList()->GetClipRectMax().y;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(await_tree_.size()));
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const run_model::AwaitNode& n = await_tree_[static_cast<std::size_t>(r)];
            ImGui::PushID(r);
            const float row_top = ImGui::GetCursorScreenPos().y;
            if (row_top >= clip_top && row_top + ImGui::GetTextLineHeight() <= clip_bottom)
                ++visible_await_rows_;
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent * static_cast<float>(n.depth));
            if (n.task == npos) {  // a future in between: gather, TaskGroup, wait_for, shield...
                ImGui::TextDisabled("%.*s", len(n.name), n.name.data());
                ImGui::PopID();
                continue;
            }
            if (n.coroutine.empty())
                ImGui::TextUnformatted(n.name.data(), n.name.data() + n.name.size());
            else
                ImGui::Text("%.*s() %.*s", len(n.coroutine), n.coroutine.data(), len(n.name), n.name.data());
            ImGui::SameLine();
            if (n.repeated) {
                ImGui::TextColored(state_color(run_model::TaskState::failed), "awaits itself (see above)");
            } else if (n.state == run_model::TaskState::waiting) {
                ImGui::TextColored(state_color(n.state), "awaits %.*s", len(n.awaits), n.awaits.data());
            } else {
                ImGui::TextColored(state_color(n.state), "%s", run_model::to_string(n.state));
            }
            if (n.line > 0) {
                ImGui::SameLine();
                char where[32];
                std::snprintf(where, sizeof(where), "line %u", n.line);
                if (ImGui::SmallButton(where) && on_jump_to_line)
                    on_jump_to_line(n.file, static_cast<int>(n.line));
                if (r < 64)
                    why_.note_control(WhyViews::control_name("await_line", static_cast<std::size_t>(r)));
                if (ImGui::IsItemHovered())
                    ImGui::SetTooltip("%.*s:%u - click to show it in the editor", len(n.file), n.file.data(),
                                      n.line);
            }
            ImGui::PopID();
        }
    }
    ImGui::EndChild();
}

void InspectorPanel::draw_queues(const run_model::Recorder& recorder) {
    const run_model::RunState& s = state();
    const auto& index = recorder.index();
    char header[64];
    constexpr std::size_t kMaxListed = 200;  // a long queue: the first ones, then a count
    std::snprintf(header, sizeof(header), "Ready queue (%zu)###ready", s.ready.size());
    if (ImGui::CollapsingHeader(header, ImGuiTreeNodeFlags_DefaultOpen)) {
        if (s.ready.empty()) ImGui::TextDisabled("empty");
        for (std::size_t i = 0; i < s.ready.size() && i < kMaxListed; ++i) {
            const run_model::ReadyEntry& e = s.ready[i];
            if (e.kind == run_model::ReadyKind::task) {
                const std::string_view n = task_name(recorder, e.index);
                ImGui::Text("%zu. task %.*s", i + 1, len(n), n.data());
            } else {
                ImGui::Text("%zu. timer callback %llu", i + 1, static_cast<unsigned long long>(e.id));
            }
        }
        if (s.ready.size() > kMaxListed) ImGui::TextDisabled("... %zu more", s.ready.size() - kMaxListed);
    }
    std::snprintf(header, sizeof(header), "Timers (%zu)###timers", s.timers.size());
    if (ImGui::CollapsingHeader(header)) {
        if (s.timers.empty()) ImGui::TextDisabled("none pending");
        for (std::size_t i = 0; i < s.timers.size() && i < kMaxListed; ++i) {
            const run_model::TimerView& t = s.timers[i];
            if (t.armed_by != npos) {
                const std::string_view n = task_name(recorder, t.armed_by);
                ImGui::Text("at %.6g s (in %.6g s), armed by %.*s",
                            t.deadline - timeline::run_origin(recorder), t.deadline - s.time, len(n),
                            n.data());
            } else {
                ImGui::Text("at %.6g s (in %.6g s)", t.deadline - timeline::run_origin(recorder),
                            t.deadline - s.time);
            }
        }
        if (s.timers.size() > kMaxListed) ImGui::TextDisabled("... %zu more", s.timers.size() - kMaxListed);
    }
    std::size_t pending = 0;
    for (const auto& j : s.jobs) pending += j.state == run_model::JobState::pending;
    std::snprintf(header, sizeof(header), "Executor (%zu pending)###executor", pending);
    if (ImGui::CollapsingHeader(header)) {
        if (s.jobs.empty()) ImGui::TextDisabled("no job submitted yet");
        for (const run_model::WorkerView& w : s.workers) {
            if (w.job != npos)
                ImGui::Text("worker %u: running job %llu", w.worker,
                            static_cast<unsigned long long>(index.jobs()[w.job].id));
            else
                ImGui::Text("worker %u: idle", w.worker);
        }
        std::size_t listed = 0;
        for (const run_model::JobView& j : s.jobs) {
            if (j.state != run_model::JobState::pending || listed++ >= kMaxListed) continue;
            const auto& rec = index.jobs()[j.job];
            const std::string_view n = task_name(recorder, rec.submitted_by);
            ImGui::Text("job %llu pending (from %.*s)", static_cast<unsigned long long>(j.id), len(n),
                        n.data());
        }
    }
}

void InspectorPanel::draw_console(const run_model::Recorder& recorder) {
    const run_model::RunState& s = state();
    char header[64];
    std::snprintf(header, sizeof(header), "Console at this moment (%zu lines)###console", s.console_lines);
    if (!ImGui::CollapsingHeader(header)) return;
    const auto& lines = recorder.index().console();
    const std::size_t n = std::min(s.console_lines, lines.size());
    ImGui::BeginChild("##console_at", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 8),
                      ImGuiChildFlags_Border, ImGuiWindowFlags_HorizontalScrollbar);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(n));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const run_model::ConsoleLine& line = lines[static_cast<std::size_t>(i)];
            std::string_view text = recorder.console_text(line);
            while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
            if (line.is_stderr) ImGui::PushStyleColor(ImGuiCol_Text, theme::palette().stderr_text);
            ImGui::TextUnformatted(text.data(), text.data() + text.size());
            if (line.is_stderr) ImGui::PopStyleColor();
        }
    }
    // Show the latest line of that moment (once per moment: the user may scroll back).
    if (n != console_shown_) {
        ImGui::SetScrollHereY(1.0f);
        console_shown_ = n;
    }
    ImGui::EndChild();
}

}  // namespace loopscope::inspector
