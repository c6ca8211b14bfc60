// The C++ half of notebook mode (notebook.h): telling the host that the script awaits at top level.
#include "asyncio/notebook.h"

#include "session.hpp"

using namespace loopscope::python;

extern "C" {

void lsb_toplevel_await_started(void) {
    try {
        Session* s = Session::active();
        if (s != nullptr && s->options().on_toplevel_await) s->options().on_toplevel_await();
    } catch (...) {}  // a host's notice must not stop the run
}

}  // extern "C"
