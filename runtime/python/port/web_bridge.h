// What the simulated web's C module (port/modweb.c, `_lsweb`) asks of the engine, implemented in
// C++ (src/web_bridge.cpp) over the run's EngineOptions.
#pragma once
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

// The run's changes to the host table (EngineOptions::web_hosts): JSON text, *len bytes; "" if none.
const char* lsb_web_hosts(size_t* len);
// A client sent a request to `host` of the simulated web and it ended with `outcome` (a status
// code, "refused", "timeout", "dns"): tells the host (EngineOptions::on_web_request).
void lsb_web_request(const char* host, size_t host_len, const char* outcome, size_t outcome_len);

#ifdef __cplusplus
}
#endif
