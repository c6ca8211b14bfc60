// --demo-run in the browser: the page has no command line; Run shows a run there.
#include <cstdio>

#include "demo_run.hpp"

namespace loopscope::app {

bool start_demo_run(AppUi&, const std::string&, double) {
    std::fprintf(stderr, "loopscope: --demo-run is an option of the desktop app\n");
    return false;
}

}  // namespace loopscope::app
