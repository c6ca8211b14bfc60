// fetch (aio/host/fetch.hpp): what every host shares. Starting a request is the host's own
// (browser/fetch_browser.cpp: the page's fetch(); native/fetch_native.cpp: an error saying why not).
#include "aio/host/fetch.hpp"

#include "aio/errors.hpp"
#include "fetch_completion.hpp"

namespace aio {

void host_detail::complete_fetch(EventLoop& loop, FetchDone done, std::unique_ptr<FetchResponse> response,
                                 std::string error) {
    try {
        loop.call_soon_threadsafe([&loop, done = std::move(done), response = std::move(response),
                                   error = std::move(error)]() mutable {
            loop.external_work_finished();
            done(response.get(), error);
        });
    } catch (const RuntimeError&) {
        // The loop closed meanwhile: nobody waits for the outcome any more.
    }
}

Future<FetchResponse> fetch(EventLoop& loop, std::string url) {
    Future<FetchResponse> future = loop.create_future<FetchResponse>();
    fetch(loop, std::move(url), [future](FetchResponse* response, std::string_view error) {
        if (future.done()) return;  // cancelled meanwhile
        if (response)
            future.set_result(std::move(*response));
        else
            future.set_exception(FetchError(std::string(error)));
    });
    return future;
}

}  // namespace aio
