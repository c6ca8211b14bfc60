// TraceExporter: the toolbar's Export trace (Ctrl/Cmd+Shift+E). Saves the shown run's recording as
// Perfetto JSON (run_model/perfetto_json.hpp), during a run too (what was recorded so far), under the
// name run_model::trace_file_name gives ("loopscope-trace-<example or script>-<UTC time>.json").
//
// Where it goes is the platform's part, chosen by the build:
//   trace_exporter_web.cpp     a download, to open in ui.perfetto.dev
//   trace_exporter_native.cpp  a file in the export folder (--export-dir; "" = the current one)
// The outcome ("Exported ... to PATH", or why not) shows in a box at the bottom right for a few
// seconds and in the button's tooltip afterwards; a failure also goes to the console (a success
// does not: the console holds the program's output, which Copy output copies).
#pragma once

#include <string>
#include <string_view>

#include "console_log.hpp"

namespace loopscope::run_model {
class Recorder;
}

namespace loopscope::app {

class TraceExporter {
public:
    // Desktop: the folder files go into ("" = the current directory). Browser: unused.
    void set_folder(std::string folder) { folder_ = std::move(folder); }

    // Exports `recording` (null or empty: nothing to export) named after `name` ("" = "script");
    // `in_progress`: the run is still going. False, with the reason in message() and the console,
    // when there is nothing to export or it cannot be saved.
    bool export_trace(const run_model::Recorder* recording, bool in_progress, std::string_view name,
                      ConsoleLog& console);

    // The last export's message ("" before the first) and whether it was a failure.
    const std::string& message() const { return message_; }
    bool failed() const { return failed_; }

    // Drawn by the toolbar right after its Export trace button: the button's tooltip (what it does
    // here, or why it is disabled; the last outcome) and its right-click menu (Copy trace JSON).
    void draw_button_extras(const run_model::Recorder* recording, const char* shortcut_key);
    // The last outcome in a box at the bottom right, for a few seconds after it happened.
    void draw_toast();

private:
    // The platform's part (trace_exporter_web.cpp / trace_exporter_native.cpp).
    struct Saved {
        bool ok = false;
        std::string where;  // native: the file's full path; browser: the name downloaded
        std::string error;
    };
    Saved save(const run_model::Recorder& recording, const std::string& file_name) const;
    // "Save the run's trace as Perfetto JSON into <folder>" / "Download the run's trace as ...".
    std::string action_text() const;
    // "to " + path / "as " + name: how the success message names the result.
    static std::string saved_text(const Saved& saved);

    void set_message(std::string message, bool failed);

    std::string folder_;
    std::string message_;
    bool failed_ = false;
    double message_time_ = -1e9;  // ImGui time it was set (the toast shows it for a while)
};

}  // namespace loopscope::app
