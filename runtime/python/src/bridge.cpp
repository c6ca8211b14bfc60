// The C++ half of port/bridge.h: what the C side of the binding calls while Python code runs.
// Nothing here throws or raises: errors go back as lsb_error_t.
#include "bridge.h"

#include <algorithm>
#include <chrono>
#include <random>
#include <thread>

#include "threads.h"
#include "interp.h"
#include "py_objects.hpp"
#include "host_wait.hpp"
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

// Host mode (the browser, the desktop app): a blocking loop entry point suspends the main program
// and the host runs the loop. That needs the call to come from the main program's own frames.
lsb_error_t check_can_block(const char* what, bool may_suspend) {
    if (!lsp_host_mode() || may_suspend) return ok();
    std::string text =
        std::string(what) +
        " cannot run the event loop from here: in the playground, the loop can only be run by code "
        "the script calls directly (not from inside a task, a callback or a builtin such as map())";
    return error(LSB_RUNTIME, text.c_str());
}

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
    } catch (...) {}
}

void lsb_request_collect(void) {
    if (Session* s = Session::active()) s->request_collect();
}

void lsb_vm_collected(void) {
    if (Session* s = Session::active()) s->vm_collected();
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

bool lsb_future_cancel(void* future, const char* message, size_t len, bool has_message) {
    try {
        std::optional<std::string> msg;
        if (has_message) msg.emplace(message, len);
        return fut(future)->cancel(std::move(msg));
    } catch (...) { return false; }
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
        fut(future)->set_exception(from_python_exception(exception));
        return ok();
    } catch (...) { return current_error(); }
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
    void* c = t ? t->coro() : nullptr;
    return c ? c : lsp_none();
}

lsb_error_t lsb_asyncio_run(void* coro, bool debug, bool may_suspend, void** result) {
    (void)debug;
    try {
        if (aio::running_loop())
            return error(LSB_RUNTIME, "asyncio.run() cannot be called from a running event loop");
        if (lsb_error_t e = check_can_block("asyncio.run()", may_suspend); e.kind != LSB_OK) return e;
        Session& s = Session::current();
        aio::Runner& runner = s.new_runner();
        aio::EventLoop& loop = runner.get_loop();
        aio::Ref<PyTask> task(new PyTask(loop, coro, {}));
        if (lsp_host_mode())
            return suspend_main_program(wait_asyncio_run(runner, aio::Ref<aio::FutureBase>(task.get())));
        std::exception_ptr failure;
        try {
            loop.run_until_complete(aio::Future<void>(aio::Ref<aio::FutureBase>(task.get())));
        } catch (...) { failure = std::current_exception(); }
        runner.close();  // cancels what is left, then closes the loop (the task keeps its result)
        if (failure) std::rethrow_exception(failure);
        void* v = task->value.get();
        *result = v ? v : lsp_none();
        return ok();
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_create_task(void* coro, const char* name, size_t name_len, bool has_name, void** task) {
    try {
        aio::EventLoop& loop = aio::get_running_loop();
        std::string n = has_name ? std::string(name, name_len) : std::string();
        *task = hand_over(new PyTask(loop, coro, std::move(n)));
        return ok();
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_create_future(void** future) {
    try {
        aio::EventLoop& loop = aio::get_running_loop();
        *future = hand_over(new PyFuture(loop));
        return ok();
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_sleep_future(double delay, void** future) {
    try {
        aio::EventLoop& loop = aio::get_running_loop();
        *future = hand_over(new SleepFuture(loop, delay));
        return ok();
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_gather(void** futures, size_t n, bool return_exceptions, void** future) {
    try {
        aio::EventLoop& loop = n ? fut(futures[0])->loop() : aio::get_running_loop();
        aio::Ref<PyGather> g(new PyGather(loop, return_exceptions));
        for (std::size_t i = 0; i < n; ++i) g->add_child(aio::Ref<aio::FutureBase>(fut(futures[i])));
        g->finish_setup();
        *future = hand_over(g.get());
        return ok();
    } catch (...) { return current_error(); }
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

// ---- Loops ------------------------------------------------------------------------------------

namespace {

aio::EventLoop* lp(void* loop) { return static_cast<aio::EventLoop*>(loop); }

aio::EventLoop& loop_or_running(void* loop) { return loop ? *lp(loop) : aio::get_running_loop(); }

}  // namespace

extern "C" {

lsb_error_t lsb_get_event_loop(void** loop) {
    try {
        if (aio::EventLoop* l = aio::running_loop()) {
            *loop = l;
            return ok();
        }
        Session& s = Session::current();
        if (!s.event_loop()) s.set_event_loop(&s.new_loop());
        *loop = s.event_loop();
        return ok();
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_new_event_loop(void** loop) {
    try {
        *loop = &Session::current().new_loop();
        return ok();
    } catch (...) { return current_error(); }
}

void* lsb_future_loop(void* future) { return &fut(future)->loop(); }

void lsb_set_event_loop(void* loop) { Session::current().set_event_loop(lp(loop)); }

void* lsb_loop_wrapper(void* loop) {
    try {
        return Session::current().loop_info(lp(loop)).wrapper.get();
    } catch (...) { return nullptr; }
}

void lsb_loop_set_wrapper(void* loop, void* wrapper) {
    try {
        Session::current().loop_info(lp(loop)).wrapper = PyRef(wrapper);
    } catch (...) {}
}

lsb_error_t lsb_loop_create_task(void* loop, void* coro, const char* name, size_t name_len, bool has_name,
                                 void** task) {
    try {
        aio::EventLoop& l = loop_or_running(loop);
        if (l.is_closed()) return error(LSB_RUNTIME, "Event loop is closed");
        std::string n = has_name ? std::string(name, name_len) : std::string();
        *task = hand_over(new PyTask(l, coro, std::move(n)));
        return ok();
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_loop_create_future(void* loop, void** future) {
    try {
        *future = hand_over(new PyFuture(loop_or_running(loop)));
        return ok();
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_loop_run_until_complete(void* loop, void* awaitable, bool is_coro, bool may_suspend,
                                        void** result) {
    try {
        aio::EventLoop& l = *lp(loop);
        if (l.is_closed()) return error(LSB_RUNTIME, "Event loop is closed");
        if (l.is_running()) return error(LSB_RUNTIME, "This event loop is already running");
        if (aio::running_loop())
            return error(LSB_RUNTIME, "Cannot run the event loop while another loop is running");
        if (lsb_error_t e = check_can_block("loop.run_until_complete()", may_suspend); e.kind != LSB_OK)
            return e;
        aio::Ref<aio::FutureBase> f;
        if (is_coro) {
            f = aio::Ref<aio::FutureBase>(new PyTask(l, awaitable, {}));
        } else {
            f = aio::Ref<aio::FutureBase>(fut(awaitable));
            if (&f->loop() != &l)
                return error(
                    LSB_VALUE,
                    "The future belongs to a different loop than the one specified as the loop argument");
        }
        if (lsp_host_mode()) return suspend_main_program(wait_until_complete(l, std::move(f)));
        l.run_until_complete(aio::Future<void>(f));
        PyBacked* b = backed(f.get());
        void* v = b ? b->value.get() : nullptr;
        *result = v ? v : lsp_none();
        return ok();
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_loop_run_forever(void* loop, bool may_suspend) {
    try {
        aio::EventLoop& l = *lp(loop);
        if (l.is_closed()) return error(LSB_RUNTIME, "Event loop is closed");
        if (l.is_running()) return error(LSB_RUNTIME, "This event loop is already running");
        if (aio::running_loop())
            return error(LSB_RUNTIME, "Cannot run the event loop while another loop is running");
        if (lsb_error_t e = check_can_block("loop.run_forever()", may_suspend); e.kind != LSB_OK) return e;
        if (lsp_host_mode()) return suspend_main_program(wait_forever(l));
        l.run_forever();
        return ok();
    } catch (...) { return current_error(); }
}

void lsb_loop_stop(void* loop) { lp(loop)->stop(); }

lsb_error_t lsb_loop_close(void* loop) {
    try {
        aio::EventLoop& l = *lp(loop);
        if (l.is_running()) return error(LSB_RUNTIME, "Cannot close a running event loop");
        if (!l.is_closed()) l.close();
        return ok();
    } catch (...) { return current_error(); }
}

bool lsb_loop_is_running(void* loop) { return lp(loop)->is_running(); }
bool lsb_loop_is_closed(void* loop) { return lp(loop)->is_closed(); }

lsb_error_t lsb_loop_call(void* loop, int when_mode, double when, void* fn, void* args, void** handle) {
    try {
        aio::EventLoop& l = *lp(loop);
        if (l.is_closed()) return error(LSB_RUNTIME, "Event loop is closed");
        PyCallback cb{&l, PyRef(fn), PyRef(args)};
        auto box = std::make_unique<HandleBox>();
        if (when_mode == 0) {
            box->handle = l.call_soon(std::move(cb));
        } else {
            aio::TimerHandle t =
                when_mode == 1 ? l.call_later(when, std::move(cb)) : l.call_at(when, std::move(cb));
            box->when = t.when();
            box->handle = std::move(t);
        }
        *handle = box.release();
        return ok();
    } catch (...) { return current_error(); }
}

void lsb_handle_cancel(void* handle) {
    try {
        static_cast<HandleBox*>(handle)->handle.cancel();
    } catch (...) {}
}

bool lsb_handle_cancelled(void* handle) { return static_cast<HandleBox*>(handle)->handle.cancelled(); }
double lsb_handle_when(void* handle) { return static_cast<HandleBox*>(handle)->when; }

void lsb_handle_finalised(void* handle) {
    if (Session* s = Session::active()) s->handle_finalised(handle);
}

void lsb_loop_set_exception_handler(void* loop, void* handler) {
    try {
        Session& s = Session::current();
        aio::EventLoop* l = lp(loop);
        if (!handler) {
            s.loop_info(l).handler = PyRef();
            s.reset_exception_handler(*l);
            return;
        }
        s.loop_info(l).handler = PyRef(handler);
        l->set_exception_handler([&s](aio::EventLoop& el, const aio::ExceptionContext& ctx) {
            Session::LoopInfo& info = s.loop_info(&el);
            if (s.tearing_down() || !info.handler) {
                s.report(ctx);
                return;
            }
            void* exc = ctx.exception ? to_python_exception(ctx.exception) : nullptr;
            void* err = lsp_call_exception_handler(info.handler.get(), info.wrapper.get(), ctx.message.data(),
                                                   ctx.message.size(), exc);
            if (err) {
                aio::ExceptionContext failed;
                failed.message = "Unhandled error in exception handler";
                failed.exception = from_python_exception(err);
                s.report(failed);
            }
        });
    } catch (...) {}
}

void* lsb_loop_get_exception_handler(void* loop) {
    try {
        return Session::current().loop_info(lp(loop)).handler.get();
    } catch (...) { return nullptr; }
}

void lsb_loop_call_exception_handler(void* loop, const char* message, size_t len, void* exception) {
    try {
        aio::ExceptionContext ctx;
        ctx.message.assign(message, len);
        if (exception) ctx.exception = from_python_exception(exception);
        lp(loop)->call_exception_handler(ctx);
    } catch (...) {}
}

void lsb_default_exception_handler(const char* message, size_t len, void* exception) {
    try {
        aio::ExceptionContext ctx;
        ctx.message.assign(message, len);
        if (exception) ctx.exception = from_python_exception(exception);
        Session::current().report(ctx);
    } catch (...) {}
}

// ---- time and random --------------------------------------------------------------------------

double lsb_clock_now(int kind) {
    Session& s = Session::current();
    if (s.options().virtual_time) return s.virtual_clock().now();
    if (kind == 0) {
        auto d = std::chrono::system_clock::now().time_since_epoch();
        return std::chrono::duration<double>(d).count();
    }
    return aio::monotonic_seconds();
}

void lsb_blocking_sleep(double seconds) {
    if (!(seconds > 0)) return;
    Session& s = Session::current();
    if (aio::EventLoop* l = aio::running_loop()) {
        aio::TraceEvent e{aio::TraceKind::loop_blocked};
        e.value = seconds;
        l->trace(e);
    }
    if (s.options().virtual_time) {
        s.virtual_clock().advance(seconds);
        // Threads working for the script see the main thread blocked for real (README "Threads").
        if (lsp_threads_busy() > 0) {
            lsp_gil_park(nullptr);
            std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
            lsp_gil_acquire_main();
        }
    } else {
        lsp_gil_park(nullptr);  // other Python threads run meanwhile (threads.h)
        std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
        lsp_gil_acquire_main();
    }
}

bool lsb_random_seed(uint64_t* seed) {
    Session& s = Session::current();
    if (s.options().seed) {
        *seed = *s.options().seed;
        return true;
    }
    if (s.options().virtual_time) {
        *seed = 0;
        return true;
    }
    return false;
}

uint64_t lsb_random_entropy(void) {
    try {
        std::random_device rd;
        return (static_cast<uint64_t>(rd()) << 32) ^ rd();
    } catch (...) {
        return static_cast<uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
    }
}

uint64_t lsb_run_id(void) { return Session::current().run_id(); }

}  // extern "C"
