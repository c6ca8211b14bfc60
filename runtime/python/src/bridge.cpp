// The C++ half of port/bridge.h: the interpreter's services (output, collections, the one
// ownership path, time, random). Nothing here throws or raises.
#include "bridge.h"

#include <algorithm>
#include <chrono>
#include <random>
#include <thread>

#include "threads.h"
#include "task_location.h"
#include "interp.h"
#include "py_objects.hpp"
#include "host_wait.hpp"
#include "session.hpp"

using namespace loopscope::python;

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

void lsb_owned_finalised(void* owned) {
    if (Session* s = Session::active()) {
        s->defer_delete([](void* p) { delete static_cast<PyOwned*>(p); }, owned);
    }
}

void** lsb_roots(size_t* count) { return PyRef::roots(count); }

int lsb_current_step(const char** task_name, size_t* len) {
    aio::EventLoop* loop = aio::running_loop();
    if (!loop) return 0;
    aio::TaskBase* task = loop->current_task();
    if (!task) return 1;
    *task_name = task->name().data();
    *len = task->name().size();
    return 2;
}

void lsb_stop_running_loop(void) {
    if (aio::EventLoop* loop = aio::running_loop()) loop->stop();
}

// ---- time and random --------------------------------------------------------------------------

bool lsb_virtual_time(void) { return Session::current().options().virtual_time; }

double lsb_clock_now(int kind) {
    Session& s = Session::current();
    if (s.options().virtual_time) return s.virtual_clock().now();
    if (kind == 0) {
        auto d = std::chrono::system_clock::now().time_since_epoch();
        return std::chrono::duration<double>(d).count();
    }
    return aio::monotonic_seconds();
}

// The running loop shows as blocked by `what` for `seconds`, at the script line that called it
// (the blocking-call pitfall).
// `script_only`: only a wait the script's own code called into (Thread.join from the script), not
// one inside the standard modules' machinery run by a native function (an executor's bookkeeping
// contending for a lock with a worker thread).
static void trace_loop_blocked(aio::EventLoop& loop, std::string_view what, double seconds,
                               bool script_only) {
    if (!loop.trace_sink()) return;
    aio::TraceEvent e{aio::TraceKind::loop_blocked};
    e.value = seconds;
    e.text = what;
    lsp_location_t where{};
    if (lsp_current_location(&where)) {
        e.file = std::string_view(where.file, where.file_len);
        e.line = where.line;
    }
    if (script_only) {
        Session* s = Session::active();
        if (!s || e.file != s->filename()) return;
    }
    loop.trace(e);
}

void lsb_loop_blocked(const char* what, size_t len, double seconds) {
    if (aio::EventLoop* l = aio::running_loop())
        trace_loop_blocked(*l, std::string_view(what, len), seconds, true);
}

void lsb_step_running_long(double seconds) {
    Session* s = Session::active();
    if (!s || !s->options().trace) return;
    aio::TraceEvent e{aio::TraceKind::long_step};
    e.value = seconds;
    lsp_location_t where{};
    if (lsp_current_location(&where)) {
        e.file = std::string_view(where.file, where.file_len);
        e.line = where.line;
    }
    s->trace_fact(e);
}

void lsb_coroutine_created(void* obj) {
    if (Session* s = Session::active()) s->coroutine_created(obj);
}

void lsb_coroutine_finalised(void* obj, bool unstarted, const char* name, size_t len) {
    if (Session* s = Session::active()) s->coroutine_finalised(obj, unstarted, std::string_view(name, len));
}

void lsb_coroutine_warned(void* obj, const char* name, size_t len) {
    if (Session* s = Session::active()) s->coroutine_warned(obj, std::string_view(name, len));
}

void lsb_blocking_sleep(double seconds) {
    if (!(seconds > 0)) return;
    Session& s = Session::current();
    if (aio::EventLoop* l = aio::running_loop()) trace_loop_blocked(*l, "time.sleep", seconds, false);
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

const char* lsb_script_source(size_t* len, const char** filename) {
    const Session& s = Session::current();
    *len = s.source().size();
    *filename = s.filename().c_str();
    return s.source().data();
}

}  // extern "C"
