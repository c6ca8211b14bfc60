// The Timeline panel: draws a run's recording (playground/run_model) with ImDrawList — the loop's lane
// on top (callbacks, task steps, idle waits, blocking calls in red with a warning marker), one lane
// per executor worker, one lane per task (ready / running / waiting on X / done / failed /
// cancelled), wake-up arrows and parent -> child links, a legend and hover tooltips.
//
// Mouse: Ctrl+wheel (or the wheel over the ruler) zooms around the pointer; Shift+wheel or a drag
// pans (the wheel alone scrolls the lanes); click or drag on the ruler sets the cursor (scrubbing);
// right-click on the ruler (or "Live") returns to the live end. With the focus in the panel,
// Left/Right move the cursor event by event (Shift: by ten), Home/End to the first/last event. A click (no drag) on a task's bar
// puts the cursor there and calls on_jump_to_line with the line the task was suspended at then. Only what is visible is drawn:
// rows by scroll position, segments by binary search, sub-pixel segments merged.
#pragma once
#include <cstdint>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

#include "imgui.h"
#include "pitfalls.hpp"
#include "timeline_view.hpp"

namespace loopscope::timeline {

class TimelinePanel {
public:
    // A task's bar was clicked: the file as recorded and the 1-based line (the app shows it in the
    // editor when it is the editor's script).
    std::function<void(std::string_view file, int line)> on_jump_to_line;

    // Draws the panel in a child region of `size` in the current window. `recorder` null: a hint
    // instead (no run recorded yet). `now`: the run's loop time; `live`: a run is going on (a
    // finished run is drawn up to its last event, whatever `now` says).
    void draw(const run_model::Recorder* recorder, double now, bool live, ImVec2 size);

    // The cursor the inspector shows (inactive: live / the end of the record).
    const Cursor& cursor() const noexcept { return cursor_; }
    void set_cursor(const Cursor& cursor) noexcept {
        cursor_ = cursor;
        follow_live_ = !cursor.active;
    }
    bool follow_live() const noexcept { return follow_live_; }
    // Shows the whole record at the next frame.
    void request_fit() noexcept { fit_pending_ = true; }
    TimelineView& view() noexcept { return view_; }
    // Where the ruler and the lanes were drawn last frame (screen coordinates; tests aim with it).
    ImVec2 ruler_min() const noexcept { return ruler_min_; }
    ImVec2 ruler_max() const noexcept { return ruler_max_; }
    ImVec2 lanes_min() const noexcept { return lanes_min_; }
    // Screen position of the middle of task `task`'s lane at loop time `time` (false when the lane
    // is not laid out); as of the last frame, for tests that click a bar.
    bool task_point(std::uint32_t task, double time, ImVec2& out) const noexcept;
    // The loop time shown as 0 s (the run's first event; times on screen are from there).
    double origin() const noexcept { return origin_; }
    // The shown run started no task (a syntax error...): a note instead of an axis.
    bool no_tasks() const noexcept { return no_tasks_; }
    // The named pitfalls to mark on the ruler and across the lanes (a warning sign at the time each
    // happened; those after an active cursor dimmed); null: none. Kept by the caller (the Warnings
    // view), read each frame.
    void set_warnings(const std::vector<run_model::Pitfall>* warnings) noexcept { warnings_ = warnings; }
    // Tasks to highlight (their lanes tinted; the Resources view's selection); null: none.
    void set_highlight(const std::vector<std::uint32_t>* tasks) noexcept { highlight_ = tasks; }
    // Screen x of loop time `time` on the ruler, as of the last frame (tests aim at markers with it).
    float time_x(double time) const noexcept;
    // The ruler's labels drawn last frame, left to right (screen coordinates; seconds from the run's
    // start): every tick has one.
    struct RulerLabel {
        float x0 = 0, x1 = 0, bottom = 0;
        double seconds = 0;
    };
    const std::vector<RulerLabel>& ruler_labels() const noexcept { return ruler_labels_; }
    // The top of the band under the ruler's labels where warnings are marked (last frame).
    float warning_band_top() const noexcept { return ruler_max_.y - mark_band_; }
    // The loop time open segments were drawn up to last frame (`now`, or a finished run's end).
    double shown_now() const noexcept { return shown_now_; }
    // What the mouse was over in the lanes last frame (HitKind::none: nothing).
    const Hit& hovered() const noexcept { return hovered_; }
    // The whole name of the lane whose label the mouse was over last frame ("" when none; its
    // tooltip), and whether the label column showed it cut (with "...").
    const char* hovered_lane_label() const noexcept { return hovered_lane_text_; }
    bool hovered_lane_cut() const noexcept { return hovered_lane_cut_; }
    // The late wake-ups drawn last frame (find_late_wakes).
    const std::vector<LateWake>& late_wakes() const noexcept { return late_; }

private:
    void draw_toolbar(const run_model::Recorder& recorder, double end);
    void handle_keyboard(const run_model::Recorder& recorder);
    void draw_ruler(const run_model::Recorder& recorder, ImVec2 origin, float width, float height,
                    double end);
    void draw_lanes(const run_model::Recorder& recorder, double now, ImVec2 size);
    void draw_row(const run_model::Recorder& recorder, const LaneRow& row, ImDrawList* dl, ImVec2 p,
                  float width, double now);
    // A lane's name ("event loop", "worker 0 (executor 1)", "worker() Task-2", "Task-3 (shutdown)")
    // and, for a lane that has one, its colour (a failed or cancelled task; a clean-up task).
    void lane_label(const run_model::Recorder& recorder, const LaneRow& row, char* out, std::size_t size,
                    ImU32* color) const;
    // Pixels a lane's name may take in the label column.
    float lane_label_room() const noexcept { return label_width_ - 6; }
    void draw_links(const run_model::RunIndex& index, ImDrawList* dl, ImVec2 origin, float width,
                    float scroll_y, float height, double now);
    // Finds the late wake-ups (and asyncio.run's clean-up tasks) when the record changed.
    void refresh_late_wakes(const run_model::Recorder& recorder);
    // The due time of task `task`'s first late wake-up in (t0, t1] (where its hatched box starts),
    // else t1.
    double late_stretch_start(std::uint32_t task, double t0, double t1) const noexcept;
    // Hatches each late wake-up (from the timer's due time to when it ran) on its task's lane; the
    // one under the mouse, if any, in `hovered`.
    bool draw_late_wakes(const run_model::Recorder& recorder, ImDrawList* dl, ImVec2 content, float width,
                         std::size_t first_row, std::size_t last_row, LateWake& hovered);
    void tooltip_for(const run_model::Recorder& recorder, const Hit& hit, double now);
    void click_task(const run_model::Recorder& recorder, const Hit& hit, double time);

    void draw_warning_marks(ImDrawList* dl, ImVec2 origin, float width, float height);

    TimelineView view_;
    Cursor cursor_;
    const std::vector<run_model::Pitfall>* warnings_ = nullptr;
    const std::vector<std::uint32_t>* highlight_ = nullptr;
    bool follow_live_ = true;
    bool fit_pending_ = true;
    bool user_zoomed_ = false;  // following live: keep the user's zoom instead of fitting
    bool show_arrows_ = true;
    bool keyboard_focus_ = false;  // the panel had the keyboard focus last frame (handle_keyboard)
    const run_model::Recorder* last_recorder_ = nullptr;
    std::size_t last_size_ = 0;
    float label_width_ = 0;
    double origin_ = 0;  // run_origin(): the loop time shown as 0 s
    double shown_now_ = 0;
    Hit hovered_;
    char hovered_lane_text_[160] = {};
    bool hovered_lane_cut_ = false;
    bool no_tasks_ = false;  // the shown run started no task: no axis drawn
    ImVec2 ruler_min_, ruler_max_, lanes_min_;
    float mark_band_ = 0;  // height of the ruler's band for warning marks (0: no warnings)
    std::vector<RulerLabel> ruler_labels_;
    ImVec2 lanes_content_;  // screen position of the lanes' content origin (scrolled), last frame
    // Timers that fired late (find_late_wakes), remade when the record grows.
    std::vector<LateWake> late_;
    std::vector<std::pair<std::uint32_t, double>> late_dues_;  // (task, due) of late_, sorted
    std::vector<std::uint32_t> shutdown_tasks_;                // find_run_shutdown_tasks, remade with late_
    std::vector<std::uint32_t> shutdown_mains_;                //   and the main task of each one's run
    std::size_t late_size_ = static_cast<std::size_t>(-1);
    const run_model::Recorder* late_recorder_ = nullptr;
};

}  // namespace loopscope::timeline
