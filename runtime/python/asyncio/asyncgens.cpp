// Async generators and the loop, the C++ half (see asyncgens.h): the runner's close sequence runs
// loop.shutdown_asyncgens() as a task when the loop has unfinished async generators.
#include "asyncio/asyncgens.h"

#include "aio/runners.hpp"
#include "contextvars.h"
#include "py_objects.hpp"
#include "py_ref.hpp"
#include "session.hpp"
#include "traceback.hpp"

namespace loopscope::python {

void install_asyncgen_shutdown(aio::Runner& runner) {
    runner.set_asyncgen_shutdown([](aio::EventLoop& loop) -> aio::Ref<aio::FutureBase> {
        void* error = nullptr;
        void* coro = lsp_asyncgen_shutdown(&loop, &error);
        if (error != nullptr) {  // making the coroutine failed (out of memory): closing goes on
            PyRef keep(error);
            Session& s = Session::current();
            s.write(2, "Exception ignored in shutdown_asyncgens:\n" +
                           format_exception(error, s.source(), s.filename()));
        }
        if (coro == nullptr) return {};
        return aio::Ref<aio::FutureBase>(new PyTask(loop, coro, {}, lsp_context_capture_or_null()));
    });
}

}  // namespace loopscope::python
