// The C++ half of `_lsgraph` (call_graph.h): who awaits a future, from aio::awaited_by.
#include "asyncio/call_graph.h"

#include "aio/awaited_by.hpp"
#include "py_objects.hpp"

extern "C" size_t lsb_awaited_by(void* future, void** out, size_t max) {
    std::vector<aio::FutureBase*> awaiters = aio::awaited_by(*static_cast<aio::FutureBase*>(future));
    for (std::size_t i = 0; i < awaiters.size() && i < max; ++i) out[i] = awaiters[i];
    return awaiters.size();
}

extern "C" void* lsb_future_peek_exception(void* future) {
    std::exception_ptr e = static_cast<aio::FutureBase*>(future)->peek_exception();
    return e ? loopscope::python::to_python_exception(e) : nullptr;
}
