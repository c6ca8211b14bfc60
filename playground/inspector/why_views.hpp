// The inspector's "why" tabs (issue 18), each following the timeline's cursor (live and scrubbed)
// and made from the recording only (run_model), so an exported or replayed run shows the same:
//   Warnings   the named pitfalls (run_model/warnings.hpp): kind, line, what happened, the fix; a
//              click puts the editor's caret on the line and the cursor at when it happened. All
//              of the run's are listed, those after the cursor dimmed: scrubbing back, a learner
//              still sees what is coming and can jump to it (the count says how many happened yet).
//   Time       time per task (run_model/task_times.hpp): running, ready, waiting by reason, steps,
//              longest step; a sortable table; above it the loop's utilisation and timer lag.
//   Resources  every Lock, Semaphore, Event, Condition, Barrier and Queue (run_model/resources.hpp):
//              holder, waiters in order, a queue's size and items; selecting one highlights its tasks
//              on the timeline (highlighted()).
#pragma once
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "imgui.h"
#include "resources.hpp"
#include "run_state.hpp"
#include "task_times.hpp"
#include "warnings.hpp"

namespace loopscope::inspector {

class WhyViews {
public:
    std::function<void(std::string_view file, int line)> on_jump_to_line;
    // Put the timeline's cursor after this many events (a warning's moment).
    std::function<void(std::uint32_t events)> on_show_moment;
    // A task was picked (a row of the Time table): the inspector shows its chains.
    std::function<void(std::uint32_t task)> on_select_task;
    // Called after drawing a control the automation API reports (its name; ImGui's last item).
    std::function<void(const char* name)> on_control;

    // Catches the warnings up with the record; every frame, whichever tab is open (the timeline
    // marks them).
    void update(const run_model::Recorder& recorder);

    void draw_warnings(const run_model::Recorder& recorder, const run_model::RunState& state);
    void draw_times(const run_model::Recorder& recorder, const run_model::RunState& state, double now);
    void draw_resources(const run_model::Recorder& recorder, const run_model::RunState& state);

    // The data the tabs show (also for window.loopscope.ui).
    const std::vector<run_model::Pitfall>& warnings() const noexcept { return warnings_.pitfalls(); }
    std::size_t warnings_before(std::size_t events) const noexcept { return warnings_.count_before(events); }
    // `now`: the moment's loop time (the cursor's, which may lie after the state's last event).
    const run_model::TimeReport& times(const run_model::Recorder& recorder, const run_model::RunState& state,
                                       double now);
    const std::vector<run_model::ResourceView>& resources(const run_model::Recorder& recorder,
                                                          const run_model::RunState& state);
    // Selects a resource by its id (0: none); its tasks become highlighted().
    void select_resource(std::uint64_t id) noexcept { selected_resource_ = id; }
    std::uint64_t selected_resource() const noexcept { return selected_resource_; }
    // Selects the resource listed at `index` (0-based) the next time the list is made.
    void select_resource_at(int index) noexcept { pending_select_ = index; }
    // "warning_3", "resource_0", "task_2", "await_line_4": names of rows for on_control (prefix: one
    // of those four).
    static const char* control_name(std::string_view prefix, std::size_t i);
    // Reports ImGui's last item as control `name` through on_control when it is wholly inside the
    // visible part of the current window, vertically (a row scrolled half out of view is not a place to
    // click).
    void note_control(const char* name) const;
    // The tasks of the selected resource at the moment shown (the timeline tints their lanes).
    const std::vector<std::uint32_t>& highlighted() const noexcept { return highlighted_; }

private:
    run_model::WarningTracker warnings_;
    run_model::TimeReport times_;
    const run_model::Recorder* times_recorder_ = nullptr;
    std::uint64_t times_generation_ = 0;
    std::uint32_t times_events_ = static_cast<std::uint32_t>(-1);
    double times_now_ = -1.0;
    int sort_column_ = 0;
    bool sort_descending_ = false;
    std::vector<run_model::ResourceView> resources_;
    const run_model::Recorder* resources_recorder_ = nullptr;
    std::uint64_t resources_generation_ = 0;
    std::uint32_t resources_events_ = static_cast<std::uint32_t>(-1);
    std::uint64_t selected_resource_ = 0;
    int pending_select_ = -1;
    std::vector<std::uint32_t> highlighted_;
};

}  // namespace loopscope::inspector
