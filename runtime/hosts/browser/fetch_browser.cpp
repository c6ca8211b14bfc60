// fetch in the browser (aio/host/fetch.hpp): the page's own fetch(), from the page's main thread.
#include <emscripten.h>
#include <emscripten/threading.h>

#include <cstdlib>
#include <memory>
#include <unordered_map>

#include "../fetch_completion.hpp"
#include "aio/host/fetch.hpp"

namespace aio {

namespace {

using Done = host_detail::FetchDone;

struct Pending {
    EventLoop* loop;
    Done done;
};

// Fetches in flight, by id; touched on the page's main thread only.
std::unordered_map<int, Pending>& pending() {
    static std::unordered_map<int, Pending> map;
    return map;
}

int last_id = 0;

// Only the page may fetch, and only from its own origin (no CORS surprises in a teaching demo). A
// refusal is reported at once (the outcome still reaches the script through the loop): a program
// whose loop blocks the thread, as the CLI under node does, never returns to JavaScript's queue.
// clang-format off
EM_JS(void, aio_js_fetch, (int id, const char* url_ptr), {
    const url = UTF8ToString(url_ptr);
    const heap = () => {
        if (HEAPU8.buffer !== wasmMemory.buffer) {
          // The memory grew: Emscripten 3.1.69 remakes the views with updateMemoryViews, 3.1.6 (fallback) otherwise.
          if (typeof updateMemoryViews === "function") updateMemoryViews();
          else updateGlobalBufferAndViews(wasmMemory.buffer);
        }
        return HEAPU8;
    };
    const put = (bytes) => {
        const p = _aio_fetch_alloc(bytes.length);
        heap().set(bytes, p);
        return p;
    };
    const fail = (message) => {
        const b = new TextEncoder().encode(message);
        _aio_fetch_failed(id, put(b), b.length);
    };
    if (typeof location === 'undefined' || typeof fetch !== 'function') {
        fail('fetch needs the browser (this program runs without a page)');
        return;
    }
    let target = null;
    try { target = new URL(url, location.href); } catch (e) { target = null; }
    if (target === null || target.origin !== location.origin) {
        fail('only same-origin URLs can be fetched: ' + url);
        return;
    }
    fetch(target.href).then(async (response) => {
        const body = new Uint8Array(await response.arrayBuffer());
        const lines = [response.statusText, response.url];
        response.headers.forEach((value, name) => lines.push(name + ': ' + value));
        const meta = new TextEncoder().encode(lines.join('\n'));
        _aio_fetch_done(id, response.status, put(meta), meta.length, put(body), body.length);
    }).catch((e) => fail(String(e && e.message ? e.message : e)));
});
// clang-format on

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void* aio_fetch_alloc(int size) {
    return std::malloc(size > 0 ? static_cast<std::size_t>(size) : 1);
}

EMSCRIPTEN_KEEPALIVE void aio_fetch_failed(int id, char* message, int len) {
    std::string error(message, static_cast<std::size_t>(len));
    std::free(message);
    auto it = pending().find(id);
    if (it == pending().end()) return;
    Pending p = std::move(it->second);
    pending().erase(it);
    host_detail::complete_fetch(*p.loop, std::move(p.done), nullptr, std::move(error));
}

EMSCRIPTEN_KEEPALIVE void aio_fetch_done(int id, int status, char* meta, int meta_len, char* body,
                                         int body_len) {
    auto response = std::make_unique<FetchResponse>();
    response->status = status;
    response->body.assign(body, static_cast<std::size_t>(body_len));
    std::string_view text(meta, static_cast<std::size_t>(meta_len));
    for (int line = 0; !text.empty() || line < 2; ++line) {
        std::size_t end = text.find('\n');
        std::string_view item = text.substr(0, end);
        if (line == 0)
            response->status_text = item;
        else if (line == 1)
            response->url = item;
        else if (std::size_t colon = item.find(": "); colon != std::string_view::npos)
            response->headers.emplace_back(item.substr(0, colon), item.substr(colon + 2));
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    std::free(meta);
    std::free(body);
    auto it = pending().find(id);
    if (it == pending().end()) return;
    Pending p = std::move(it->second);
    pending().erase(it);
    host_detail::complete_fetch(*p.loop, std::move(p.done), std::move(response), {});
}

}  // extern "C"

void fetch(EventLoop& loop, std::string url, Done done) {
    loop.external_work_started();
    if (emscripten_is_main_browser_thread()) {
        int id = ++last_id;
        pending().emplace(id, Pending{&loop, std::move(done)});
        // A loop that closes first forgets its fetches: their outcome is dropped when it arrives.
        loop.add_close_callback([id] { pending().erase(id); });
        aio_js_fetch(id, url.c_str());
        return;
    }
    host_detail::complete_fetch(loop, std::move(done), nullptr, "fetch runs on the page's main thread only");
}

}  // namespace aio
