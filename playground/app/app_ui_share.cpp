// AppUi's share flow (share/share_link.hpp holds the link format):
//   - opening a link: its script and settings; with a timeline position, the script runs and the
//     cursor goes there once the run has recorded that far; a bad link: a notice popup;
//   - making a link: the Share popup (with or without the timeline's position), the address bar
//     and the clipboard; the first edit afterwards takes the link out of the address bar.
//
// Index of this file:
//   Opening a link (load_share_link, run_linked_script_once_connected, update_pending_scrub)
//   Making a link (make_share_fragment, share, make_share_link, make_embed_link, note_edit)
//   Popups (draw_share_embed, draw_share_popup, draw_notice_popup)
#include <algorithm>
#include <cstdio>
#include <string>

#include "app_ui.hpp"
#include "imgui.h"
#include "platform.hpp"
#include "share_link.hpp"
#include "ui_style.hpp"

namespace loopscope::app {

namespace {
// The <iframe> snippet's size: 16:9, room for the editor and a few lanes at the embed's font size.
constexpr int kEmbedFrameWidth = 960, kEmbedFrameHeight = 540;
}  // namespace

// ---- Opening a link ----------------------------------------------------------------------------

static_assert(RunSettings::kDefaultStepLimit == share::kDefaultStepLimit &&
                  RunSettings::kMaxStepLimit == share::kMaxStepLimit,
              "a link without a step limit means the playground's default");

bool AppUi::load_share_link(std::string_view link) {
    const share::DecodeResult result = share::decode_share_link(link);
    if (!result.ok()) {
        console_.write(Stream::Stderr, "Cannot open the share link: " + result.message + "\n");
        notice_ = "This share link cannot be opened: " + result.message +
                  ".\n\nThe editor keeps what it had (your autosaved script, if any).";
        notice_opened_ = false;
        return false;
    }
    load_text(result.state.script, "the script from the share link");
    RunSettings linked;
    linked.virtual_time = result.state.virtual_time;
    linked.seed = result.state.seed;
    linked.speed = result.state.speed;
    linked.asyncio_version = result.state.asyncio_version;
    linked.web_hosts = result.state.web_hosts;
    linked.step_limit = result.state.step_limit;
    apply_settings(linked);
    saved_settings_ = settings_;  // the link's settings are not autosaved unless changed
    pending_scrub_.reset();
    if (result.state.has_scrub) {
        char text[128];
        std::snprintf(text, sizeof(text), "The link points at %g s into the run: running it to get there.",
                      result.state.scrub_seconds);
        console_.info(text);
        PendingScrub scrub;
        scrub.seconds = result.state.scrub_seconds;
        scrub.from_start = result.state.scrub_from_start;
        // An event count is exact only when the run replays the same way: on a virtual clock.
        scrub.by_events = result.state.has_scrub_events && (linked.virtual_time || linked.speed != 1.0f);
        scrub.events = result.state.scrub_events;
        pending_scrub_ = scrub;
        run_on_start_ = true;
    }
    current_example_.clear();
    link_in_address_bar_ = true;
    link_text_version_ = editor_.buffer().version();
    return true;
}

void AppUi::update_pending_scrub() {
    const run_model::Recorder* rec = backend_->recording();
    if (!pending_scrub_ || rec == nullptr || rec->size() == 0) return;
    const PendingScrub& p = *pending_scrub_;
    const bool ended = !backend_->running();
    const auto& events = rec->events();
    // The link's loop time: from the run's start (links that say so), else the loop clock's own
    // (older links; the same on a virtual clock, whose runs start at 0).
    const double origin = timeline::run_origin(*rec);
    const double target = p.seconds + (p.from_start ? origin : 0.0);
    timeline::Cursor cursor;
    if (p.by_events) {
        if (events.size() < p.events && !ended) return;  // not recorded that far yet
        cursor.active = true;
        cursor.events = static_cast<std::uint32_t>(std::min<std::size_t>(p.events, events.size()));
        // The link's time when it lies at that event (the sharer's cursor exactly), else the event's.
        const double at = cursor.events > 0 ? events[cursor.events - 1].time : 0.0;
        const double next = cursor.events < events.size() ? events[cursor.events].time : target;
        cursor.time = target >= at && target <= next ? target : at;
    } else {
        // Every event at that time is in once a later one is (or the run is over).
        if (events.back().time <= target && !ended) return;
        cursor = timeline::cursor_at_time(*rec, target);
    }
    timeline_.set_cursor(cursor);
    char text[128];
    std::snprintf(text, sizeof(text), "The timeline shows the link's moment: %g s (after %u events).",
                  cursor.time - origin, cursor.events);
    console_.info(text);
    pending_scrub_.reset();
}

// A link with a timeline position runs its script at the first frame the engine is connected.
void AppUi::run_linked_script_once_connected() {
    if (!run_on_start_ || !backend_->connected()) return;
    run_on_start_ = false;
    const std::optional<PendingScrub> scrub = pending_scrub_;
    run();  // a user's Run ends a pending scrub; this one is the link's own
    pending_scrub_ = scrub;
}

// ---- Making a link -----------------------------------------------------------------------------

std::string AppUi::make_share_fragment(bool include_position, std::string* error) const {
    share::ShareState state;
    state.script = editor_.text();
    state.virtual_time = settings_.virtual_time;
    state.seed = settings_.seed.value_or(0);
    state.speed = settings_.speed;
    state.asyncio_version = settings_.asyncio_version;
    state.web_hosts = settings_.web_hosts;
    state.step_limit = settings_.step_limit;
    const run_model::Recorder* rec = recording();
    if (include_position && rec != nullptr && rec->size() > 0) {
        // The timeline's cursor, or the live end (a run paused by Step sits there).
        const timeline::Cursor& c = timeline_.cursor();
        state.has_scrub = true;
        // From the run's start: a real-time run's loop clock counts from this page's start.
        const double at = c.active ? c.time : timeline::record_end_time(*rec, backend_->loop_time());
        state.scrub_seconds = std::max(0.0, at - timeline::run_origin(*rec));
        state.scrub_from_start = true;
        state.has_scrub_events = true;
        state.scrub_events = c.active ? c.events : static_cast<std::uint32_t>(rec->size());
    }
    const share::EncodeResult result = share::encode_share_link(state);
    if (!result.ok()) {
        if (error) *error = result.message;
        return {};
    }
    return result.fragment;
}

void AppUi::share() {
    share_popup_ = true;
    share_embed_light_ = view_.light_theme;  // the embed looks as this screen does, in a bigger font
    share_embed_font_ = std::max(view_.font_size, share::kDefaultEmbedFontSize);
    make_share_link();
}

void AppUi::make_share_link() {
    std::string error;
    const std::string fragment = make_share_fragment(share_include_scrub_, &error);
    if (fragment.empty()) {
        share_link_.clear();
        share_fragment_.clear();
        share_embed_link_.clear();
        share_snippet_.clear();
        share_message_ = "Cannot make a link: " + error;
        return;
    }
    share_link_ = platform::page_url() + "#" + fragment;
    share_fragment_ = fragment;
    make_embed_link();
    share_message_ = share::share_link_length_warning(fragment.size());
    platform::set_location_hash(fragment);  // the address bar holds the link too (browser)
    link_in_address_bar_ = true;
    link_text_version_ = editor_.buffer().version();
    ImGui::SetClipboardText(share_link_.c_str());
}

// The embed link of the popup's share link, with the look the popup asks for (its theme and font).
void AppUi::make_embed_link() {
    share::EmbedOptions options;
    options.embed = true;
    options.light_theme = share_embed_light_;
    options.font_size = share_embed_font_;
    share_embed_link_ = share::make_embed_url(platform::page_url(), share_fragment_, options);
    share_snippet_ = share::make_iframe_snippet(share_embed_link_, kEmbedFrameWidth, kEmbedFrameHeight);
}

void AppUi::note_edit() {
    // The embed view keeps its link: a reload of the frame shows the slide's script again.
    if (embed_) return;
    if (link_in_address_bar_ && editor_.buffer().version() != link_text_version_) {  // edited since
        platform::set_location_hash("");
        link_in_address_bar_ = false;
    }
}

// ---- Popups ------------------------------------------------------------------------------------

void AppUi::draw_notice_popup() {
    if (notice_.empty()) return;
    if (!notice_opened_) {
        ImGui::OpenPopup("Share link");
        notice_opened_ = true;
    }
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 32, 0), ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal("Share link", nullptr, ImGuiWindowFlags_NoSavedSettings)) {
        notice_.clear();  // closed
        return;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, warning_color());
    ImGui::TextWrapped("%s", notice_.c_str());
    ImGui::PopStyleColor();
    if (ImGui::Button("OK") || ImGui::IsKeyPressed(ImGuiKey_Escape) || ImGui::IsKeyPressed(ImGuiKey_Enter)) {
        ImGui::CloseCurrentPopup();
        notice_.clear();
    }
    ImGui::EndPopup();
}

// The popup's embed part: the minimal view for an <iframe> (share/embed_link.hpp), its look, and
// the link and the snippet to copy.
void AppUi::draw_share_embed() {
    ImGui::SeparatorText("Embed in slides or a web page");
    ImGui::TextWrapped(
        "The embed link opens a minimal view (editor, console, timeline, Run and Step) with a link back "
        "to the full playground.");
    bool changed = ImGui::Checkbox("Light theme", &share_embed_light_);
    note_control("share_embed_light");
    ImGui::SameLine(0, ImGui::GetFontSize());
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
    changed |= ImGui::SliderInt("font size##embed", &share_embed_font_, share::kMinEmbedFontSize,
                                share::kMaxEmbedFontSize, "%d px");
    note_control("share_embed_font");
    share_embed_font_ = std::clamp(share_embed_font_, share::kMinEmbedFontSize, share::kMaxEmbedFontSize);
    if (changed) make_embed_link();
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##embed_link", share_embed_link_.data(), share_embed_link_.size() + 1,
                     ImGuiInputTextFlags_ReadOnly);
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##iframe", share_snippet_.data(), share_snippet_.size() + 1,
                     ImGuiInputTextFlags_ReadOnly);
    if (ImGui::Button("Copy embed link")) ImGui::SetClipboardText(share_embed_link_.c_str());
    note_control("share_copy_embed");
    tooltip("The link of the minimal view, for a slide's web-page object or a browser tab");
    ImGui::SameLine();
    if (ImGui::Button("Copy <iframe>")) ImGui::SetClipboardText(share_snippet_.c_str());
    note_control("share_copy_iframe");
    tooltip("HTML to paste into a blog post or slides made as a web page (%dx%d; edit the size there)",
            kEmbedFrameWidth, kEmbedFrameHeight);
}

void AppUi::draw_share_popup() {
    if (share_popup_) {
        ImGui::OpenPopup("Share");
        share_popup_ = false;
    }
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 36, 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal("Share", nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    if (share_link_.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, stderr_color());
        ImGui::TextWrapped("%s", share_message_.c_str());
        ImGui::PopStyleColor();
    } else {
        ImGui::TextWrapped("The link below holds the script and the run settings. It is on the clipboard.");
        ImGui::SetNextItemWidth(-1);
        ImGui::InputText("##link", share_link_.data(), share_link_.size() + 1, ImGuiInputTextFlags_ReadOnly);
        ImGui::Text("%zu characters", share_link_.size());
        if (!share_message_.empty()) {  // wrapped: a long warning stays inside the dialog
            ImGui::PushStyleColor(ImGuiCol_Text, warning_color());
            ImGui::TextWrapped("%s", share_message_.c_str());
            ImGui::PopStyleColor();
        }
        const run_model::Recorder* rec = recording();
        const bool can_scrub = rec != nullptr && rec->size() > 0;
        ImGui::BeginDisabled(!can_scrub);
        bool include = share_include_scrub_ && can_scrub;
        if (ImGui::Checkbox("Include the timeline position", &include)) {
            share_include_scrub_ = include;
            make_share_link();  // the link again, with or without the position
        }
        note_control("share_position");
        ImGui::EndDisabled();
        if (can_scrub)
            tooltip(
                "The link also opens the timeline at the cursor (or at the live end): opening it runs the\n"
                "script and shows that moment once the run gets there");
        else
            tooltip("Run the script first: the position is a moment of its run");
        if (ImGui::Button("Copy again")) ImGui::SetClipboardText(share_link_.c_str());
        draw_share_embed();
        ImGui::Spacing();
    }
    if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace loopscope::app
