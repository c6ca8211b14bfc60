// How a host hands a fetch's outcome back to the loop (private to the hosts' fetch sources).
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "aio/event_loop.hpp"
#include "aio/host/fetch.hpp"

namespace aio::host_detail {

using FetchDone = detail::Function<void(FetchResponse*, std::string_view)>;

// Any thread, also outside a run slice in the browser: queues `done` on `loop` with the response
// (or null and `error`) and ends the external work fetch() started. Dropped if the loop closed.
void complete_fetch(EventLoop& loop, FetchDone done, std::unique_ptr<FetchResponse> response,
                    std::string error);

}  // namespace aio::host_detail
