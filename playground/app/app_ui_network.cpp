// AppUi's Network panel (the "Network" tab beside the Inspector): the simulated web every run
// reaches (runtime/python/README.md "Simulated web"). It lists the hosts with their latency, jitter
// and how they answer, lets the user change those (the next run gets the changes: they are part of
// RunSettings, so autosaved and carried by share links), and shows what the last run's requests to
// each host did.
//
// Index of this file:
//   Changes (one field of one host)
//   The panel (draw_network)
#include <cmath>
#include <cstdio>
#include <string>

#include "app_ui.hpp"
#include "imgui.h"
#include "theme.hpp"

namespace loopscope::app {

namespace {

using playground::WebFail;
using playground::WebHost;
using playground::WebHostChange;

// The failures the panel offers, in its combo's order (a share link may name another status: it
// shows as "HTTP <status>" and stays until changed).
struct FailChoice {
    const char* label;
    const char* control;  // its item's name in control_rects (tests click it)
    WebFail fail;
};
constexpr FailChoice kFailChoices[] = {
    {"answers", "net_fail_answers", {WebFail::Answers, 0}},
    {"DNS fails", "net_fail_dns", {WebFail::Dns, 0}},
    {"refused", "net_fail_refused", {WebFail::Refused, 0}},
    {"timeout", "net_fail_timeout", {WebFail::Timeout, 0}},
    {"HTTP 500", "net_fail_500", {WebFail::Status, 500}},
    {"HTTP 503", "net_fail_503", {WebFail::Status, 503}},
};

std::string fail_label(const WebFail& fail) {
    for (const FailChoice& c : kFailChoices)
        if (c.fail == fail) return c.label;
    return "HTTP " + std::to_string(fail.status);
}

std::uint32_t to_ms(double seconds) {
    if (!(seconds > 0)) return 0;
    return static_cast<std::uint32_t>(
        std::lround(std::fmin(seconds, playground::kMaxWebMilliseconds / 1000.0) * 1000.0));
}

}  // namespace

// ---- Changes --------------------------------------------------------------------------------------

// Sets one field of `host`'s change; a value equal to the engine's own is no change.
void AppUi::change_web_host(const WebHost& host, const std::optional<double>& latency,
                            const std::optional<double>& jitter, const std::optional<WebFail>& fail) {
    WebHostChange change;
    if (const WebHostChange* old = playground::find_web_change(settings_.web_hosts, host.name)) change = *old;
    change.host = host.name;
    if (latency) change.latency_ms = to_ms(*latency);
    if (jitter) change.jitter_ms = to_ms(*jitter);
    if (fail) change.fail = *fail;
    if (change.latency_ms == to_ms(host.latency)) change.latency_ms.reset();
    if (change.jitter_ms == to_ms(host.jitter)) change.jitter_ms.reset();
    if (change.fail == host.fail) change.fail.reset();
    playground::set_web_change(settings_.web_hosts, std::move(change));
}

// ---- The panel ------------------------------------------------------------------------------------

void AppUi::draw_network(float width, float height) {
    ImGui::BeginChild("##network_panel", ImVec2(width, height), ImGuiChildFlags_Border);
    const std::vector<WebHost>& table = backend_->web_table();
    if (table.empty()) {
        ImGui::TextWrapped(
            "%s", !backend_->connected() ? "The simulated web shows here once the engine is connected."
                  : backend_->running()  ? "The simulated web's hosts show here once this run ends."
                                         : "The engine did not list the simulated web's hosts.");
        ImGui::EndChild();
        return;
    }
    if (network_control_names_.size() != 3 * table.size()) {  // stable names for control_rects
        network_control_names_.clear();
        for (const WebHost& host : table)
            for (const char* field : {"net_latency:", "net_jitter:", "net_fail:"})
                network_control_names_.push_back(field + host.name);
    }
    backend_->web_requests(web_requests_);

    ImGui::BeginDisabled(settings_.web_hosts.empty());
    if (ImGui::Button("Reset all")) settings_.web_hosts.clear();
    note_control("net_reset");
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    // One line (the panel is short on a laptop screen); the tooltip says the rest.
    ImGui::TextDisabled("%s", settings_.web_hosts.empty()
                                  ? "Changes apply to the next run (?)"
                                  : "Changed: highlighted; the next run gets them (?)");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "The simulated web: the hosts requests, urllib and aiohttp reach in every run (no real\n"
            "network). A request waits latency + jitter x a seeded random number, on the run's clock.\n"
            "Changes are saved with the run settings and travel with share links.");

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("##hosts", 5, flags, ImVec2(0, ImGui::GetContentRegionAvail().y))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("Host", ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn("Latency s", ImGuiTableColumnFlags_WidthStretch, 1.6f);
        ImGui::TableSetupColumn("Jitter s", ImGuiTableColumnFlags_WidthStretch, 1.6f);
        ImGui::TableSetupColumn("Answers", ImGuiTableColumnFlags_WidthStretch, 2.6f);
        ImGui::TableSetupColumn("Last run", ImGuiTableColumnFlags_WidthStretch, 1.8f);
        ImGui::TableHeadersRow();
        const ImVec4 changed_colour = theme::palette().warning_text;
        for (std::size_t i = 0; i < table.size(); ++i) {
            const WebHost& host = table[i];
            const WebHostChange* change = playground::find_web_change(settings_.web_hosts, host.name);
            const double latency = change && change->latency_ms ? *change->latency_ms / 1000.0 : host.latency;
            const double jitter = change && change->jitter_ms ? *change->jitter_ms / 1000.0 : host.jitter;
            const WebFail fail = change && change->fail ? *change->fail : host.fail;
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();

            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            if (change)
                ImGui::TextColored(changed_colour, "%s", host.name.c_str());
            else
                ImGui::TextUnformatted(host.name.c_str());
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%s: %.3f s + up to %.3f s of jitter as the engine has it",
                                  host.name.c_str(), host.latency, host.jitter);

            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            double value = latency;
            if (ImGui::InputDouble("##latency", &value, 0.0, 0.0, "%.3f"))
                change_web_host(host, value, {}, {});
            if (ImGui::IsItemVisible()) note_control(network_control_names_[3 * i].c_str());

            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            value = jitter;
            if (ImGui::InputDouble("##jitter", &value, 0.0, 0.0, "%.3f"))
                change_web_host(host, {}, value, {});
            if (ImGui::IsItemVisible()) note_control(network_control_names_[3 * i + 1].c_str());

            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            const std::string label = fail_label(fail);
            const bool open = ImGui::BeginCombo("##fail", label.c_str());
            if (ImGui::IsItemVisible()) note_control(network_control_names_[3 * i + 2].c_str());
            if (!open && ImGui::IsItemHovered())
                ImGui::SetTooltip(
                    "answers: its pages; DNS fails: the name does not resolve; refused: "
                    "connection refused;\ntimeout: never answers (a client's timeout ends "
                    "the request); HTTP 500/503: every request gets that status");
            if (open) {
                for (const FailChoice& c : kFailChoices) {
                    if (ImGui::Selectable(c.label, c.fail == fail)) change_web_host(host, {}, {}, c.fail);
                    note_control(c.control);
                }
                ImGui::EndCombo();
            }

            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            const auto requests = web_requests_.find(host.name);
            if (requests == web_requests_.end()) {
                ImGui::TextDisabled("-");
            } else {
                ImGui::Text("%d x %s", requests->second.count, requests->second.last.c_str());
                if (ImGui::IsItemHovered())
                    ImGui::SetTooltip("%d request(s) to %s in the last run; the last one: %s",
                                      requests->second.count, host.name.c_str(),
                                      requests->second.last.c_str());
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::EndChild();
}

}  // namespace loopscope::app
