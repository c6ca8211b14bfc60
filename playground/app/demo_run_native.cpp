// --demo-run on the desktop: the example recorded through timeline::record_script.
#include <cstdio>

#include "app_ui.hpp"
#include "demo_recording.hpp"
#include "demo_run.hpp"
#include "gallery.hpp"

namespace loopscope::app {

bool start_demo_run(AppUi& ui, const std::string& name, double cursor) {
    static run_model::Recorder recorder;  // outlives the UI that shows it
    const gallery::Example* example = gallery::find_example(name);
    if (example == nullptr) {
        std::fprintf(stderr, "loopscope: no example named '%s' to run\n", name.c_str());
        return false;
    }
    const timeline::DemoRun run = timeline::record_script(example->source, kScriptName, recorder);
    if (!run.output.empty()) ui.console().write(run.ok ? Stream::Stdout : Stream::Stderr, run.output);
    std::printf("loopscope: recorded '%s': %zu events, %zu tasks\n", name.c_str(), recorder.size(),
                recorder.index().tasks().size());
    ui.set_recording(&recorder);
    if (cursor >= 0) ui.scrub_to(cursor);
    return true;
}

}  // namespace loopscope::app
