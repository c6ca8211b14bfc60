// The Inspector panel: the loop's state at the timeline's cursor (or now, following live), from
// run_model::state_at — the loop, every task (state, what it awaits, its line, its parent), the ready
// queue in order, timers by deadline, the executor's jobs and workers, and the console as it was
// at that moment. Clicking a task's line calls on_jump_to_line (the app scrolls the editor there);
// clicking its name selects it: its creation and cancellation chains (run_model/chains.hpp) show.
// Tabs next to the state: the await tree (who awaits whom, the whole panel's height), Warnings, Time,
// Resources (why_views.hpp), at the same moment.
#pragma once
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "await_tree.hpp"
#include "imgui.h"
#include "run_state.hpp"
#include "timeline_view.hpp"
#include "why_views.hpp"

namespace loopscope::inspector {

class InspectorPanel {
public:
    // A task's source line was clicked: the file as recorded and the 1-based line. The app shows
    // it in the editor when the file is the editor's script.
    std::function<void(std::string_view file, int line)> on_jump_to_line;

    // Draws the panel in a child region of `size`. `recorder` null: a hint.
    void draw(const run_model::Recorder* recorder, const timeline::Cursor& cursor, ImVec2 size);

    // The state shown. Following live or moving the cursor forward applies only the new events
    // (run_model::StateTracker); moving it back rebuilds it.
    const run_model::RunState& state() const noexcept { return tracker_.state(); }
    // Task rows wholly on screen last frame (small screens: the layout must leave room for some).
    int visible_task_rows() const noexcept { return visible_task_rows_; }
    // The Await tree tab last frame: its rows wholly on screen, of how many.
    int visible_await_rows() const noexcept { return visible_await_rows_; }
    int await_rows() const noexcept { return static_cast<int>(await_tree_.size()); }
    // The task name under the mouse last frame in the task column: whole, and as drawn (cut to the
    // column with "..."; the tooltip then holds the whole name). Empty when none.
    struct HoveredTaskName {
        char name[128] = {};
        char shown[128] = {};
    };
    const HoveredTaskName& hovered_task_name() const noexcept { return hovered_task_; }
    // Brings state() up to date for this moment; true if it changed.
    bool refresh(const run_model::Recorder& recorder, const timeline::Cursor& cursor);
    const run_model::StateTracker& tracker() const noexcept { return tracker_; }

    // The Warnings, Time and Resources tabs (their callbacks are the app's to set).
    WhyViews& why() noexcept { return why_; }
    // The task whose chains are shown (task index; npos: none).
    std::uint32_t selected_task() const noexcept { return selected_task_; }
    void select_task(std::uint32_t task) noexcept { selected_task_ = task; }
    enum class Tab : std::uint8_t { state, warnings, time, resources, await_tree };
    // The tab shown last frame; select_tab opens one at the next frame.
    Tab tab() const noexcept { return tab_; }
    void select_tab(Tab tab) noexcept { requested_tab_ = static_cast<int>(tab); }

private:
    void draw_state(const run_model::Recorder& recorder);
    void draw_selected_task(const run_model::Recorder& recorder);
    void draw_tasks(const run_model::Recorder& recorder);
    void draw_await_tree(const run_model::Recorder& recorder);
    void draw_queues(const run_model::Recorder& recorder);
    void draw_console(const run_model::Recorder& recorder);

    run_model::StateTracker tracker_;
    WhyViews why_;
    std::uint32_t selected_task_ = run_model::npos;
    Tab tab_ = Tab::state;
    int requested_tab_ = -1;
    const run_model::Recorder* state_recorder_ = nullptr;
    std::uint64_t state_generation_ = 0;
    std::size_t state_events_ = static_cast<std::size_t>(-1);
    std::size_t state_record_size_ = 0;
    bool only_unfinished_ = false;
    int visible_task_rows_ = 0;
    int visible_await_rows_ = 0;
    HoveredTaskName hovered_task_;
    std::vector<std::uint32_t> shown_;              // task rows listed (reused across frames)
    std::vector<run_model::AwaitNode> await_tree_;  // of the state shown
    std::uint32_t await_tree_events_ = static_cast<std::uint32_t>(-1);  // state().events it was built for
    const run_model::Recorder* await_tree_recorder_ = nullptr;
    std::uint64_t await_tree_generation_ = 0;
    std::size_t console_shown_ = static_cast<std::size_t>(-1);  // scrolled to the end for this many lines
};

}  // namespace loopscope::inspector
