// Export trace in the browser: the JSON offered as a download (platform::download_file).
#include "perfetto_json.hpp"
#include "platform.hpp"
#include "trace_exporter.hpp"

namespace loopscope::app {

TraceExporter::Saved TraceExporter::save(const run_model::Recorder& recording,
                                         const std::string& file_name) const {
    Saved saved;
    saved.where = file_name;
    saved.ok = platform::download_file(file_name, run_model::to_perfetto_json(recording), "application/json");
    if (!saved.ok) saved.error = "The browser refused the download of " + file_name + ".";
    return saved;
}

std::string TraceExporter::saved_text(const Saved& saved) {
    return "as " + saved.where + ": open it in ui.perfetto.dev";
}

std::string TraceExporter::action_text() const { return "Download the run's trace as Perfetto JSON"; }

}  // namespace loopscope::app
