// The C++ half of port/bridge.h: what the C side of the binding calls while Python code runs.
// Nothing here throws or raises: errors go back as lsb_error_t.
#include "bridge.h"

#include <algorithm>

#include "interp.h"
#include "py_objects.hpp"
#include "session.hpp"

using namespace loopscope::python;

namespace {

std::string message_buffer;  // what lsb_error_t::message points into

lsb_error_t ok() { return lsb_error_t{}; }

lsb_error_t error(lsb_error_kind_t kind, const char* message) {
    message_buffer = message;
    lsb_error_t e{};
    e.kind = kind;
    e.has_message = true;
    e.message = message_buffer.c_str();
    e.message_len = message_buffer.size();
    return e;
}

lsb_error_t current_error() noexcept { return to_error(std::current_exception(), message_buffer); }

aio::FutureBase* fut(void* f) { return static_cast<aio::FutureBase*>(f); }

// A new runtime object as the +1 reference the C side adopts.
void* hand_over(aio::FutureBase* f) {
    f->add_ref();
    return f;
}

}  // namespace

extern "C" {

void lsb_write(int stream, const char* text, size_t len) {
    try {
        if (Session* s = Session::active()) s->write(stream, std::string_view(text, len));
    } catch (...) {
    }
}

void lsb_request_collect(void) {
    if (Session* s = Session::active()) s->request_collect();
}

void lsb_wrapper_finalised(void* future, void* wrapper) {
    if (Session* s = Session::active()) s->wrapper_finalised(fut(future), wrapper);
}

void lsb_future_release(void* future) { fut(future)->release(); }

void** lsb_roots(size_t* count) { return PyRef::roots(count); }

bool lsb_future_done(void* future) { return fut(future)->done(); }
bool lsb_future_cancelled(void* future) { return fut(future)->cancelled(); }
bool lsb_future_is_task(void* future) { return fut(future)->is_task(); }

void* lsb_future_wrapper(void* future) {
    PyBacked* b = backed(fut(future));
    return b ? b->wrapper : nullptr;
}

void lsb_future_set_wrapper(void* future, void* wrapper) {
    // The wrapper owns a reference, handed back by its finaliser.
    fut(future)->add_ref();
    if (PyBacked* b = backed(fut(future))) b->wrapper = wrapper;
}

lsb_error_t lsb_future_result(void* future, void** value) {
    try {
        aio::FutureBase* f = fut(future);
        f->check_result();
        PyBacked* b = backed(f);
        void* v = b ? b->value.get() : nullptr;
        *value = v ? v : lsp_none();
        return ok();
    } catch (...) {
        return current_error();
    }
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
    } catch (...) {
        return current_error();
    }
}

bool lsb_future_cancel(void* future, const char* message, size_t len, bool has_message) {
    try {
        std::optional<std::string> msg;
        if (has_message) msg.emplace(message, len);
        return fut(future)->cancel(std::move(msg));
    } catch (...) {
        return false;
    }
}

lsb_error_t lsb_future_set_result(void* future, void* value) {
    try {
        auto* f = dynamic_cast<PyFuture*>(fut(future));
        if (!f) return error(LSB_RUNTIME, "Task does not support set_result operation");
        f->set_result(value);
        return ok();
    } catch (...) {
        return current_error();
    }
}

lsb_error_t lsb_future_set_exception(void* future, void* exception) {
    try {
        fut(future)->set_exception(from_python_exception(exception));
        return ok();
    } catch (...) {
        return current_error();
    }
}

lsb_error_t lsb_future_add_done_callback(void* future, void* callable) {
    try {
        aio::FutureBase* f = fut(future);
        PyRef cb(callable);
        auto id = f->add_done_callback([cb](aio::FutureBase& done) {
            Session& s = Session::current();
            s.safe_point();
            void* w = lsp_future_to_py(&done);
            void* exc = w ? lsp_call1(cb.get(), w) : nullptr;
            if (exc) {
                aio::ExceptionContext ctx;
                ctx.message = "Exception in callback " + std::string(lsp_type_name(cb.get()));
                ctx.exception = from_python_exception(exc);
                ctx.future_id = done.id();
                done.loop().call_exception_handler(ctx);
            }
        });
        if (PyBacked* b = backed(f)) b->py_callbacks.emplace_back(std::move(cb), id);
        return ok();
    } catch (...) {
        return current_error();
    }
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
    } catch (...) {
    }
}

int lsb_task_cancelling(void* task) { return static_cast<aio::TaskBase*>(task)->cancelling(); }
int lsb_task_uncancel(void* task) { return static_cast<aio::TaskBase*>(task)->uncancel(); }

void* lsb_task_coro(void* task) {
    auto* t = dynamic_cast<PyTask*>(static_cast<aio::TaskBase*>(task));
    void* c = t ? t->coro() : nullptr;
    return c ? c : lsp_none();
}

lsb_error_t lsb_asyncio_run(void* coro, bool debug, void** result) {
    (void)debug;
    try {
        if (aio::running_loop())
            return error(LSB_RUNTIME, "asyncio.run() cannot be called from a running event loop");
        Session& s = Session::current();
        aio::Runner& runner = s.new_runner();
        aio::EventLoop& loop = runner.get_loop();
        aio::Ref<PyTask> task(new PyTask(loop, coro, {}));
        std::exception_ptr failure;
        try {
            loop.run_until_complete(aio::Future<void>(aio::Ref<aio::FutureBase>(task.get())));
        } catch (...) {
            failure = std::current_exception();
        }
        runner.close();  // cancels what is left, then closes the loop (the task keeps its result)
        if (failure) std::rethrow_exception(failure);
        void* v = task->value.get();
        *result = v ? v : lsp_none();
        return ok();
    } catch (...) {
        return current_error();
    }
}

lsb_error_t lsb_create_task(void* coro, const char* name, size_t name_len, bool has_name, void** task) {
    try {
        aio::EventLoop& loop = aio::get_running_loop();
        std::string n = has_name ? std::string(name, name_len) : std::string();
        *task = hand_over(new PyTask(loop, coro, std::move(n)));
        return ok();
    } catch (...) {
        return current_error();
    }
}

lsb_error_t lsb_create_future(void** future) {
    try {
        aio::EventLoop& loop = aio::get_running_loop();
        *future = hand_over(new PyFuture(loop));
        return ok();
    } catch (...) {
        return current_error();
    }
}

lsb_error_t lsb_sleep_future(double delay, void** future) {
    try {
        aio::EventLoop& loop = aio::get_running_loop();
        *future = hand_over(new SleepFuture(loop, delay));
        return ok();
    } catch (...) {
        return current_error();
    }
}

lsb_error_t lsb_gather(void** futures, size_t n, bool return_exceptions, void** future) {
    try {
        aio::EventLoop& loop = n ? fut(futures[0])->loop() : aio::get_running_loop();
        aio::Ref<PyGather> g(new PyGather(loop, return_exceptions));
        for (std::size_t i = 0; i < n; ++i) g->add_child(aio::Ref<aio::FutureBase>(fut(futures[i])));
        g->finish_setup();
        *future = hand_over(g.get());
        return ok();
    } catch (...) {
        return current_error();
    }
}

void* lsb_running_loop(void) { return aio::running_loop(); }

double lsb_loop_time(void* loop) { return static_cast<aio::EventLoop*>(loop)->time(); }

lsb_error_t lsb_current_task(void** task) {
    aio::EventLoop* loop = aio::running_loop();
    if (!loop) return error(LSB_RUNTIME, "no running event loop");
    *task = loop->current_task();
    return ok();
}

}  // extern "C"
