// The C++ half of asyncio.TaskGroup (taskgroups.c): aio::TaskGroup (its task-less exit), owned by
// the Python object.
#include "asyncio/taskgroups.h"

#include "aio/taskgroups.hpp"
#include <string>

#include "asyncio/binding.hpp"
#include "exceptiongroup.h"
#include "py_objects.hpp"

using namespace loopscope::python;

namespace {

struct PyTaskGroup final : PyOwned {
    aio::TaskGroup group;
};

std::string repr_buffer;  // what *_repr returns points into

aio::TaskGroup& group(void* tg) { return static_cast<PyTaskGroup*>(tg)->group; }

}  // namespace

extern "C" {

void* lsb_taskgroup_new(void) {
    try {
        return new PyTaskGroup;
    } catch (...) { return nullptr; }
}

lsb_error_t lsb_taskgroup_enter(void* tg) {
    return guarded([&] { group(tg).enter(); });
}

lsb_error_t lsb_taskgroup_check(void* tg) {
    return guarded([&] { group(tg).check_can_add(); });
}

lsb_error_t lsb_taskgroup_add(void* tg, void* task) {
    return guarded(
        [&] { group(tg).add_task(aio::Ref<aio::FutureBase>(static_cast<aio::FutureBase*>(task))); });
}

void* lsb_taskgroup_loop(void* tg) { return group(tg).loop(); }

lsb_error_t lsb_taskgroup_begin_exit(void* tg, void* exception) {
    return guarded([&] { group(tg).begin_exit(exception ? from_python_exception(exception) : nullptr); });
}

lsb_error_t lsb_taskgroup_exit_waiter(void* tg, void** waiter) {
    return guarded([&] {
        aio::Ref<aio::FutureBase> w = group(tg).exit_waiter();
        if (w) w->add_ref();
        *waiter = w.get();
    });
}

void lsb_taskgroup_exit_cancelled(void* tg, void* cancelled_error) {
    try {
        group(tg).exit_cancelled(from_python_exception(cancelled_error));
    } catch (...) {}
}

lsb_error_t lsb_taskgroup_finish_exit(void* tg) {
    return guarded([&] { group(tg).finish_exit(); });
}

const char* lsb_taskgroup_repr(void* tg, size_t* len) {
    try {
        repr_buffer = group(tg).repr();
    } catch (...) { repr_buffer.clear(); }
    *len = repr_buffer.size();
    return repr_buffer.c_str();
}

}  // extern "C"
