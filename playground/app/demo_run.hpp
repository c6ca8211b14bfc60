// --demo-run NAME (desktop): the example's run, recorded before the first frame (the engine runs it
// to the end under virtual time) and shown by the timeline and the inspector, with the cursor at
// `cursor` seconds (< 0: none). The screenshot and export tests use it.
//   demo_run_native.cpp  records it (timeline/demo_recording.hpp)
//   demo_run_web.cpp     says it is a desktop option (the page has no command line)
#pragma once

#include <string>

namespace loopscope::app {

class AppUi;

// False (and why, on stderr) when it cannot be done. `name` must be a gallery example.
bool start_demo_run(AppUi& ui, const std::string& name, double cursor);

}  // namespace loopscope::app
