// The C++ half of asyncio.Future and asyncio.Task (futures.c): PyFuture and PyTask, their Python
// wrappers, done callbacks, create_task / create_future.
#include "asyncio/futures.h"

#include <optional>
#include <string>

#include "aio/task.hpp"
#include "asyncio/binding.hpp"
#include "contextvars.h"
#include "interp.h"
#include "py_objects.hpp"
#include "run_services.hpp"
#include "session.hpp"

using namespace loopscope::python;

namespace {

aio::EventLoop* lp(void* loop) { return static_cast<aio::EventLoop*>(loop); }

aio::EventLoop& loop_or_running(void* loop) { return loop ? *lp(loop) : aio::get_running_loop(); }

}  // namespace

extern "C" {

void lsb_wrapper_finalised(void* future, void* wrapper) {
    if (Session* s = Session::active()) s->wrapper_finalised(fut(future), wrapper);
}

void lsb_future_release(void* future) { fut(future)->release(); }

bool lsb_future_done(void* future) { return fut(future)->done(); }
bool lsb_future_cancelled(void* future) { return fut(future)->cancelled(); }
bool lsb_future_is_task(void* future) { return fut(future)->is_task(); }
bool lsb_future_is_gather(void* future) {
    auto* g = dynamic_cast<PyGather*>(fut(future));
    return g && g->has_children();
}

void* lsb_future_wrapper(void* future) {
    PyBacked* b = backed(fut(future));
    return b ? b->wrapper : nullptr;
}

void lsb_future_set_wrapper(void* future, void* wrapper) {
    // The wrapper owns a reference, handed back by its finaliser.
    fut(future)->add_ref();
    if (PyBacked* b = backed(fut(future))) {
        b->wrapper = wrapper;
        b->ever_wrapped = true;
    }
}

lsb_error_t lsb_future_result(void* future, void** value) {
    try {
        aio::FutureBase* f = fut(future);
        f->check_result();
        PyBacked* b = backed(f);
        void* v = b ? b->value.get() : nullptr;
        *value = v ? v : lsp_none();
        return ok();
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_future_exception(void* future, void** value) {
    try {
        std::exception_ptr e = fut(future)->exception();
        if (!e) {
            *value = lsp_none();
            return ok();
        }
        void* obj = to_python_exception(e);
        if (!obj) return error(LSB_MEMORY, "");
        *value = obj;
        return ok();
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_future_cancel(void* future, const char* message, size_t len, bool has_message,
                              bool* cancelled) {
    try {
        std::optional<std::string> msg;
        if (has_message) msg.emplace(message, len);
        *cancelled = fut(future)->cancel(std::move(msg));
        return ok();
    } catch (...) {
        *cancelled = false;
        return current_error();  // a cancellation too deep to follow (tasks awaiting each other)
    }
}

lsb_error_t lsb_future_set_result(void* future, void* value) {
    try {
        auto* f = dynamic_cast<PyFuture*>(fut(future));
        if (!f) return error(LSB_RUNTIME, "Task does not support set_result operation");
        f->set_result(value);
        return ok();
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_future_set_exception(void* future, void* exception) {
    try {
        aio::FutureBase* f = fut(future);
        f->set_exception(from_python_exception(exception));
        if (Session::active()) run_task_failed(f->loop(), *f);  // as a failed task's report
        return ok();
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_future_add_done_callback(void* future, void* callable, void* context) {
    try {
        aio::FutureBase* f = fut(future);
        PyRef cb(callable);
        auto id = f->add_done_callback([cb, ctx = PyRef(context)](aio::FutureBase& done) {
            Session& s = Session::current();
            s.safe_point();
            void* w = lsp_future_to_py(&done);
            void* caller_context = lsp_context_swap(ctx.get());
            void* exc = w ? lsp_call1(cb.get(), w) : nullptr;
            lsp_context_swap(caller_context);
            if (exc) {
                aio::ExceptionContext ctx;
                const char* message = nullptr;
                size_t len = 0;
                void* dict = lsp_callback_error_context(cb.get(), nullptr, w, exc, nullptr, &message, &len);
                if (dict) {
                    ctx.message.assign(message, len);
                    ctx.host_context = hold_in_context(dict);
                } else {
                    ctx.message = "Exception in callback " + std::string(lsp_callable_name(cb.get()));
                }
                ctx.exception = from_python_exception(exc);
                ctx.future_id = done.id();
                done.loop().call_exception_handler(ctx);
            }
        });
        if (PyBacked* b = backed(f)) b->py_callbacks.emplace_back(std::move(cb), id);
        return ok();
    } catch (...) { return current_error(); }
}

size_t lsb_future_remove_done_callback(void* future, void* callable) {
    aio::FutureBase* f = fut(future);
    PyBacked* b = backed(f);
    if (!b) return 0;
    std::size_t removed = 0;
    auto& cbs = b->py_callbacks;
    for (auto it = cbs.begin(); it != cbs.end();) {
        if (it->first.get() == callable) {
            removed += f->remove_done_callback(it->second);
            it = cbs.erase(it);
        } else {
            ++it;
        }
    }
    return removed;
}

const char* lsb_task_name(void* task, size_t* len) {
    const std::string& name = static_cast<aio::TaskBase*>(task)->name();
    *len = name.size();
    return name.data();
}

void lsb_task_set_name(void* task, const char* name, size_t len) {
    try {
        static_cast<aio::TaskBase*>(task)->set_name(std::string(name, len));
    } catch (...) {}
}

int lsb_task_cancelling(void* task) { return static_cast<aio::TaskBase*>(task)->cancelling(); }
int lsb_task_uncancel(void* task) { return static_cast<aio::TaskBase*>(task)->uncancel(); }

void* lsb_task_coro(void* task) {
    auto* t = dynamic_cast<PyTask*>(static_cast<aio::TaskBase*>(task));
    void* c = t ? t->coroutine_object() : nullptr;
    return c ? c : lsp_none();
}

bool lsb_task_coro_info(void* task, lsp_coro_info_t* out) {
    auto* t = dynamic_cast<PyTask*>(static_cast<aio::TaskBase*>(task));
    return t && t->describe(out);
}

void* lsb_task_waiter(void* task) { return static_cast<aio::TaskBase*>(task)->awaiting(); }

int lsb_future_callback(void* future, size_t i, void** callable) {
    aio::FutureBase* f = fut(future);
    if (i >= f->done_callback_count()) return 0;
    if (aio::TaskBase::is_wakeup(*f, i)) return 1;
    auto id = f->done_callback_id(i);
    if (id != 0 && id == f->loop().until_complete_callback()) return 4;
    if (PyBacked* b = backed(f)) {
        for (auto& [cb, cb_id] : b->py_callbacks) {
            if (cb_id == id) {
                *callable = cb.get();
                return *callable ? 2 : 3;
            }
        }
    }
    return 3;
}

lsb_error_t lsb_create_task(void* coro, const char* name, size_t name_len, bool has_name, void** task) {
    try {
        aio::EventLoop& loop = aio::get_running_loop();
        ensure_loop_room(PyTask::cost + (has_name ? name_len : 0));  // the name is copied
        std::string n = has_name ? std::string(name, name_len) : std::string();
        *task = hand_over(new PyTask(loop, coro, std::move(n), lsp_context_capture_or_null()));
        return ok();
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_create_future(void** future) {
    try {
        aio::EventLoop& loop = aio::get_running_loop();
        ensure_loop_room(PyFuture::cost);
        *future = hand_over(new PyFuture(loop));
        return ok();
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_current_task(void** task) {
    aio::EventLoop* loop = aio::running_loop();
    if (!loop) return error(LSB_RUNTIME, "no running event loop");
    *task = loop->current_task();
    return ok();
}

void* lsb_future_loop(void* future) { return &fut(future)->loop(); }

lsb_error_t lsb_loop_create_task(void* loop, void* coro, const char* name, size_t name_len, bool has_name,
                                 bool name_after, void* context, void** task) {
    try {
        aio::EventLoop& l = loop_or_running(loop);
        if (l.is_closed()) return error(LSB_RUNTIME, "Event loop is closed");
        ensure_loop_room(PyTask::cost + (has_name ? name_len : 0));  // the name is copied
        std::string n = has_name ? std::string(name, name_len) : std::string();
        // 3.11 creates the task unnamed, then names it: the number is used up (the trace shows the
        // task under its given name from the start).
        if (has_name && name_after) aio::TaskBase::next_default_name_number();
        *task = hand_over(new PyTask(l, coro, std::move(n), context));
        return ok();
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_loop_create_future(void* loop, void** future) {
    try {
        ensure_loop_room(PyFuture::cost);
        *future = hand_over(new PyFuture(loop_or_running(loop)));
        return ok();
    } catch (...) { return current_error(); }
}

}  // extern "C"
