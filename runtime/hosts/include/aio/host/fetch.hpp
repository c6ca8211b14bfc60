#pragma once
// fetch(): the browser's fetch() for same-origin URLs, as an awaitable of the loop.
//
// In the web build the request is made by the page's fetch() (from the page's main thread, where the
// playground's loop runs) and completes on the loop through call_soon_threadsafe, so a loop waiting
// in the browser's event loop wakes up for it. While a fetch is in flight it counts as outstanding
// external work: a virtual-time loop with nothing else to do waits for it instead of reporting a
// deadlock. Natively there is no browser: the result is an error saying so (use streams there).
// Part of the host target (runtime/hosts/): each host brings its own way to start a request.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <stdexcept>

#include "aio/detail/function.hpp"
#include "aio/event_loop.hpp"
#include "aio/future.hpp"

namespace aio {

struct FetchResponse {
    int status = 0;
    std::string status_text;
    std::string url;                                           // after redirects
    std::vector<std::pair<std::string, std::string>> headers;  // lower-case names, the browser's order
    std::string body;
    bool ok() const noexcept { return status >= 200 && status <= 299; }
};

// What a failed fetch raises: a network error, a URL of another origin, or no browser.
class FetchError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Starts a fetch of `url` (relative to the page). `done` runs as a loop callback: with the response,
// or with null and the error's message.
void fetch(EventLoop& loop, std::string url, detail::Function<void(FetchResponse*, std::string_view)> done);

// The same as a future: completes with the response, or fails with FetchError.
Future<FetchResponse> fetch(EventLoop& loop, std::string url);

}  // namespace aio
