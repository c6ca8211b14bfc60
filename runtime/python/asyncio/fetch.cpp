// loopscope.fetch for Python: aio::fetch completing an asyncio.Future (fetch.c).
#include <new>
#include <string>

#include "aio/host/fetch.hpp"
#include "asyncio/binding.hpp"
#include "asyncio/fetch.h"
#include "py_objects.hpp"

using namespace loopscope::python;

extern "C" lsb_error_t lsb_fetch_start(const char* url, size_t len, void* future) {
    try {
        aio::detail::Ref<aio::FutureBase> target(static_cast<aio::FutureBase*>(future));
        aio::fetch(aio::get_running_loop(), std::string(url, len),
                   [target](aio::FetchResponse* response, std::string_view error) {
                       // Runs on the loop thread (a loop callback): Python objects may be made here.
                       auto* f = static_cast<PyFuture*>(target.get());
                       if (f->done()) return;  // cancelled while in flight
                       if (response) {
                           std::string meta = response->status_text + "\n" + response->url;
                           for (const auto& [name, value] : response->headers)
                               meta += "\n" + name + ": " + value;
                           void* result = lsp_fetch_result(response->status, meta.data(), meta.size(),
                                                           response->body.data(), response->body.size());
                           if (result)
                               f->set_result(result);
                           else
                               f->set_exception(std::make_exception_ptr(std::bad_alloc()));
                       } else {
                           void* exc = lsp_fetch_error(error.data(), error.size());
                           f->set_exception(exc ? from_python_exception(exc)
                                                : std::make_exception_ptr(std::bad_alloc()));
                       }
                   });
        return lsb_error_t{};
    } catch (...) { return current_error(); }
}
