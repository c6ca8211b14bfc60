// fetch: outside a page (natively, or wasm under node) the future fails with FetchError saying why,
// on the loop (never inline), and a virtual-time loop waits for it instead of reporting a deadlock.
// The browser test (web/tests/e2e.mjs) fetches same-origin files through the Python binding.
#include <doctest/doctest.h>

#include "aio/host/fetch.hpp"
#include "support.hpp"

#include <memory>

using aio_test::virtual_time;

TEST_CASE("fetch outside a page fails with FetchError on the loop, in virtual and real time") {
    for (bool virtual_clock : {true, false}) {
        auto owned = virtual_clock ? std::make_unique<aio::EventLoop>(virtual_time())
                                   : std::make_unique<aio::EventLoop>();
        aio::EventLoop& loop = *owned;
        std::vector<std::string> log;
        std::string message =
            loop.run_until_complete([](std::vector<std::string>& log) -> aio::Coro<std::string> {
                aio::Future<aio::FetchResponse> f = aio::fetch(aio::get_running_loop(), "index.html");
                log.push_back(f.done() ? "done at once" : "pending");
                try {
                    aio::FetchResponse r = co_await f;
                    co_return "status " + std::to_string(r.status);
                } catch (const aio::FetchError& e) { co_return e.what(); }
            }(log));
        CHECK(log == std::vector<std::string>{"pending"});
        CHECK(message.find("fetch needs") != std::string::npos);
        if (virtual_clock) CHECK(loop.time() == 0.0);  // nothing to wait for: no jump
    }
}

TEST_CASE(
    "a fetch's callback form reports the error as a message, and FetchResponse::ok follows the status") {
    aio::EventLoop loop(virtual_time());
    std::string error;
    bool got_response = true;
    aio::fetch(loop, "https://example.invalid/", [&](aio::FetchResponse* r, std::string_view e) {
        got_response = r != nullptr;
        error = e;
        loop.stop();
    });
    loop.run_forever();
    CHECK_FALSE(got_response);
    CHECK_FALSE(error.empty());
    aio::FetchResponse r;
    r.status = 204;
    CHECK(r.ok());
    r.status = 404;
    CHECK_FALSE(r.ok());
}
