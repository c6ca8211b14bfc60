// The C++ half of the event loop object and its handles (loop.c): loops of the session, call_soon /
// call_later / call_at handles, the exception handler API.
#include "asyncio/loop.h"

#include <string>

#include "aio/event_loop.hpp"
#include "asyncio/binding.hpp"
#include "interp.h"
#include "port/threads.h"
#include "py_objects.hpp"
#include "session.hpp"

using namespace loopscope::python;

namespace {

aio::EventLoop* lp(void* loop) { return static_cast<aio::EventLoop*>(loop); }

}  // namespace

extern "C" {

void* lsb_running_loop(void) { return aio::running_loop(); }

double lsb_loop_time(void* loop) { return static_cast<aio::EventLoop*>(loop)->time(); }

namespace {

// The current event loop of a thread other than the main one (CPython's policy keeps one per
// thread): set by set_event_loop() there (asyncio.run, Runner), never made by get_event_loop().
// Threads belong to one run: the session it was set in guards against a thread outliving it.
struct ThreadEventLoop {
    const Session* session = nullptr;
    aio::EventLoop* loop = nullptr;
};
thread_local ThreadEventLoop thread_event_loop;

}  // namespace

lsb_error_t lsb_get_event_loop(void** loop) {
    try {
        if (aio::EventLoop* l = aio::running_loop()) {
            *loop = l;
            return ok();
        }
        Session& s = Session::current();
        if (!lsp_thread_is_main()) {
            if (thread_event_loop.session != &s || !thread_event_loop.loop) {
                std::string message = "There is no current event loop in thread ";
                message += lsp_current_thread_name_repr();
                message += ".";
                return error(LSB_RUNTIME, message.c_str());
            }
            *loop = thread_event_loop.loop;
            return ok();
        }
        if (!s.event_loop()) {
            if (s.event_loop_set())
                return error(LSB_RUNTIME, "There is no current event loop in thread 'MainThread'.");
            s.set_event_loop(&s.new_loop());
        }
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

void lsb_set_event_loop(void* loop) {
    if (!lsp_thread_is_main()) {
        thread_event_loop = {&Session::current(), lp(loop)};
        return;
    }
    Session::current().set_event_loop(lp(loop));
}

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

void lsb_loop_stop(void* loop) { lp(loop)->stop(); }

lsb_error_t lsb_loop_close(void* loop) {
    try {
        aio::EventLoop& l = *lp(loop);
        if (l.is_running()) return error(LSB_RUNTIME, "Cannot close a running event loop");
        if (!l.is_closed()) {
            // Its pending tasks are dropped unfinished (CPython: "Task was destroyed but it is
            // pending!" once collected): the ones nobody kept are lost.
            if (Session* s = Session::active()) s->find_lost_tasks(l, aio::LostTaskEnd::loop_closed);
            l.close();
        }
        return ok();
    } catch (...) { return current_error(); }
}

bool lsb_loop_is_running(void* loop) { return lp(loop)->is_running(); }
bool lsb_loop_is_closed(void* loop) { return lp(loop)->is_closed(); }

lsb_error_t lsb_loop_call(void* loop, int when_mode, double when, void* fn, void* args, void* context,
                          void** handle) {
    try {
        aio::EventLoop& l = *lp(loop);
        if (l.is_closed()) return error(LSB_RUNTIME, "Event loop is closed");
        ensure_loop_room(loop_cost(sizeof(aio::detail::HandleState), 3) + sizeof(HandleBox));
        PyCallback cb{&l, PyRef(fn), PyRef(args), PyRef(context)};
        auto box = std::make_unique<HandleBox>();
        if (when_mode == 0) {
            box->handle = l.call_soon(std::move(cb));
        } else {
            cb.when = when_mode == 1 ? l.time() + when : when;  // (as call_later computes it)
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
            void* error_context = nullptr;
            void* err = lsp_call_exception_handler(info.handler.get(), info.wrapper.get(), ctx.message.data(),
                                                   ctx.message.size(), exc, held_in_context(ctx.host_context),
                                                   &error_context);
            if (err) {
                aio::ExceptionContext failed;
                failed.message = "Unhandled error in exception handler";
                failed.exception = from_python_exception(err);
                // ("context: {...}" after the message, as CPython's default handler prints it)
                if (error_context) failed.host_context = hold_in_context(error_context);
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

void lsb_loop_call_exception_handler(void* loop, const char* message, size_t len, void* exception,
                                     void* context) {
    try {
        aio::ExceptionContext ctx;
        ctx.message.assign(message, len);
        if (exception) ctx.exception = from_python_exception(exception);
        ctx.host_context = hold_in_context(context);
        lp(loop)->call_exception_handler(ctx);
    } catch (...) {}
}

void lsb_default_exception_handler(const char* message, size_t len, void* exception, void* context) {
    try {
        aio::ExceptionContext ctx;
        ctx.message.assign(message, len);
        if (exception) ctx.exception = from_python_exception(exception);
        ctx.host_context = hold_in_context(context);
        Session::current().report(ctx);
    } catch (...) {}
}

}  // extern "C"
