// The C++ half of `_lsweb` (port/web_bridge.h): the run's host-table changes and the host's
// per-request callback, from the session's EngineOptions.
#include "web_bridge.h"

#include "session.hpp"

using namespace loopscope::python;

extern "C" {

const char* lsb_web_hosts(size_t* len) {
    const Session* s = Session::active();
    if (s == nullptr) {
        *len = 0;
        return "";
    }
    *len = s->options().web_hosts.size();
    return s->options().web_hosts.c_str();
}

void lsb_web_request(const char* host, size_t host_len, const char* outcome, size_t outcome_len) {
    try {
        const Session* s = Session::active();
        if (s != nullptr && s->options().on_web_request)
            s->options().on_web_request(std::string_view(host, host_len),
                                        std::string_view(outcome, outcome_len));
    } catch (...) {}  // the host's tally must not stop the run
}

}  // extern "C"
