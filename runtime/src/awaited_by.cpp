// awaited_by(): the done items of a future that say who awaits it (see awaited_by.hpp).
#include "aio/awaited_by.hpp"

#include <algorithm>

#include "aio/gather.hpp"
#include "aio/task.hpp"
#include "aio/wait.hpp"

namespace aio {

namespace {

// wait_for over wait_for over ...: each level is a coroutine frame in CPython; a script cannot
// nest them deeper than its recursion limit, but a bound keeps a cycle from looping.
constexpr int max_wait_for_depth = 64;

void collect(const FutureBase& future, std::vector<FutureBase*>& out, int depth) {
    for (std::size_t i = 0; i < future.done_callback_count(); ++i) {
        const FutureBase::DoneItem item = future.done_item(i);
        FutureBase* awaiter = TaskBase::awaiter_of(item);
        if (!awaiter) awaiter = detail::GatheringFutureBase::awaiter_of(item);
        if (!awaiter) awaiter = FutureBase::callback_awaiter(item);
        if (!awaiter) {
            if (FutureBase* wait_for = detail::WaitForFuture::awaiter_of(item);
                wait_for && depth < max_wait_for_depth)
                collect(*wait_for, out, depth + 1);
            continue;
        }
        if (std::find(out.begin(), out.end(), awaiter) == out.end()) out.push_back(awaiter);
    }
}

}  // namespace

std::vector<FutureBase*> awaited_by(const FutureBase& future) {
    std::vector<FutureBase*> out;
    collect(future, out, 0);
    return out;
}

}  // namespace aio
