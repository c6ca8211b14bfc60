// fetch outside the browser: there is no page to fetch with, so every request fails (on the loop,
// never inline) with a message that points at the native alternative.
#include "aio/host/fetch.hpp"

#include "../fetch_completion.hpp"

namespace aio {

void fetch(EventLoop& loop, std::string, detail::Function<void(FetchResponse*, std::string_view)> done) {
    loop.external_work_started();
    host_detail::complete_fetch(
        loop, std::move(done), nullptr,
        "fetch needs the browser (it uses the page's fetch); natively use open_connection");
}

}  // namespace aio
