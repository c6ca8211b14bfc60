// Export trace on the desktop: a file written into the export folder (run_model::write_trace_file).
#include "trace_export.hpp"
#include "trace_exporter.hpp"

namespace loopscope::app {

TraceExporter::Saved TraceExporter::save(const run_model::Recorder& recording,
                                         const std::string& file_name) const {
    const run_model::TraceFileResult result = run_model::write_trace_file(recording, folder_, file_name);
    Saved saved;
    saved.ok = result.ok;
    saved.where = result.path;
    if (!result.ok) saved.error = "Export failed: " + result.error;
    return saved;
}

std::string TraceExporter::saved_text(const Saved& saved) { return "to " + saved.where; }

std::string TraceExporter::action_text() const {
    return "Save the run's trace as Perfetto JSON into " +
           (folder_.empty() ? std::string("the current folder") : folder_);
}

}  // namespace loopscope::app
