// Who awaits a future now: CPython 3.14's `future._asyncio_awaited_by`, the edges of
// asyncio.capture_call_graph().
//
// Read from the future's pending done items, so it costs the loop nothing while nobody asks: a
// task suspended on the future (its wake-up), a gather over it, the parent task of the TaskGroup
// it belongs to; a wait_for over it stands for what awaits that wait_for (CPython's wait_for is
// a coroutine of the awaiting task). wait(), as_completed() and plain done callbacks do not
// await, as in CPython.
#pragma once

#include <vector>

#include "future.hpp"

namespace aio {

// The tasks and futures awaiting `future`, in the order they began to, each once.
std::vector<FutureBase*> awaited_by(const FutureBase& future);

}  // namespace aio
