// The C++ half of asyncio.TaskGroup, asyncio.timeout and asyncio.Runner for Python scripts:
// aio::TaskGroup (its task-less exit), aio::Timeout and aio::Runner, owned by Python objects.
#include "aio/taskgroups.hpp"
#include "aio/timeouts.hpp"
#include "bridge.h"
#include "interp.h"
#include "py_objects.hpp"
#include "host_wait.hpp"
#include "session.hpp"

using namespace loopscope::python;

namespace {

std::string message_buffer;

lsb_error_t current_error() noexcept { return to_error(std::current_exception(), message_buffer); }

struct PyTaskGroup final : PyOwned {
    aio::TaskGroup group;
};

struct PyTimeout final : PyOwned {
    explicit PyTimeout(std::optional<double> when) : timeout(when) {}
    aio::Timeout timeout;
};

aio::TaskGroup& group(void* tg) { return static_cast<PyTaskGroup*>(tg)->group; }
aio::Timeout& timeout(void* t) { return static_cast<PyTimeout*>(t)->timeout; }

template <class F> lsb_error_t guarded(F&& f) noexcept {
    try {
        f();
        return lsb_error_t{};
    } catch (...) { return current_error(); }
}

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
        message_buffer = group(tg).repr();
    } catch (...) { message_buffer.clear(); }
    *len = message_buffer.size();
    return message_buffer.c_str();
}

const char* lsb_timeout_repr(void* t, size_t* len) {
    try {
        message_buffer = timeout(t).repr();
    } catch (...) { message_buffer.clear(); }
    *len = message_buffer.size();
    return message_buffer.c_str();
}

void* lsb_timeout_new(bool has_when, double when) {
    try {
        std::optional<double> w;
        if (has_when) w = when;
        return new PyTimeout(w);
    } catch (...) { return nullptr; }
}

lsb_error_t lsb_timeout_relative(double delay, double* when) {
    return guarded([&] { *when = aio::get_running_loop().time() + delay; });
}

bool lsb_timeout_when(void* t, double* when) {
    std::optional<double> w = timeout(t).when();
    if (w) *when = *w;
    return w.has_value();
}

lsb_error_t lsb_timeout_reschedule(void* t, bool has_when, double when) {
    return guarded([&] {
        std::optional<double> w;
        if (has_when) w = when;
        timeout(t).reschedule(w);
    });
}

bool lsb_timeout_expired(void* t) { return timeout(t).expired(); }

lsb_error_t lsb_timeout_enter(void* t) {
    return guarded([&] { timeout(t).enter(); });
}

lsb_error_t lsb_timeout_exit(void* t, void* exception) {
    return guarded([&] { timeout(t).exit(exception ? from_python_exception(exception) : nullptr); });
}

lsb_error_t lsb_runner_new(void** runner, void** loop) {
    return guarded([&] {
        aio::Runner& r = Session::current().new_runner();
        *runner = &r;
        *loop = &r.get_loop();
    });
}

lsb_error_t lsb_runner_close(void* runner, bool may_suspend) {
    auto* r = static_cast<aio::Runner*>(runner);
    if (lsp_host_mode() && may_suspend) {
        lsb_error_t e{};
        aio::Ref<aio::FutureBase> first;
        e = guarded([&] { first = r->next_close_wait(); });
        if (e.kind != LSB_OK) r->abort_close();
        if (e.kind != LSB_OK || !first) return e;
        return suspend_main_program(wait_runner_close(*r, std::move(first)));
    }
    return guarded([&] { r->close(); });
}

}  // extern "C"
