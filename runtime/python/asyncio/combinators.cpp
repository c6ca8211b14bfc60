// The C++ half of gather, wait_for, wait, as_completed, shield and all_tasks (combinators.c): aio's
// task-less forms (WaitForFuture, WaitFuture, AsCompletedState, link_shield) with the results kept
// as Python objects, so no extra task shows up in Task-N numbering or all_tasks().
#include "asyncio/combinators.h"

#include "aio/gather.hpp"
#include "aio/shield.hpp"
#include "aio/wait.hpp"
#include "asyncio/binding.hpp"
#include "interp.h"
#include "py_objects.hpp"
#include "session.hpp"

using namespace loopscope::python;

namespace {

// The Python value of a finished future (None for futures without one).
void* python_value(aio::FutureBase& f) {
    PyBacked* b = backed(&f);
    void* v = b ? b->value.get() : nullptr;
    return v ? v : lsp_none();
}

// wait_for's future, holding the value as a Python object.
class PyWaitFor final : public aio::detail::WaitForFuture, public PyBacked {
public:
    using WaitForFuture::WaitForFuture;
    void* value_slot() noexcept override { return &value; }
    void* host_object() noexcept override { return static_cast<PyBacked*>(this); }

private:
    void take_result(aio::FutureBase& inner) override { value.reset(python_value(inner)); }
};

class PyAsCompleted final : public PyOwned {
public:
    aio::Ref<aio::detail::AsCompletedState> state{new aio::detail::AsCompletedState};
};

}  // namespace

extern "C" {

lsb_error_t lsb_wait_for(void* future, double timeout, void** waiter) {
    try {
        aio::Ref<aio::FutureBase> inner(fut(future));
        aio::Ref<PyWaitFor> w(new PyWaitFor(inner->loop(), inner));
        w->start(timeout);
        *waiter = hand_over(w.get());
        return lsb_error_t{};
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_wait(void** futures, size_t n, bool has_timeout, double timeout, int return_when,
                     void** waiter) {
    try {
        std::vector<aio::Ref<aio::FutureBase>> fs;
        fs.reserve(n);
        for (std::size_t i = 0; i < n; ++i) fs.emplace_back(fut(futures[i]));
        static const aio::ReturnWhen modes[] = {aio::FIRST_COMPLETED, aio::FIRST_EXCEPTION,
                                                aio::ALL_COMPLETED};
        std::optional<double> t;
        if (has_timeout) t = timeout;
        aio::Ref<aio::FutureBase> w(
            new aio::detail::WaitFuture(aio::get_running_loop(), std::move(fs), t, modes[return_when]));
        *waiter = hand_over(w.get());
        return lsb_error_t{};
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_shield(void* inner, void** outer) {
    try {
        aio::Ref<aio::FutureBase> in(fut(inner));
        aio::Ref<PyFuture> out(new PyFuture(in->loop()));
        out->set_label("shield");
        PyFuture* target = out.get();  // the inner callback holds a reference to it (link_shield)
        aio::detail::link_shield(in, aio::Ref<aio::FutureBase>(out.get()),
                                 [target](aio::FutureBase& done) { target->set_result(python_value(done)); });
        *outer = hand_over(out.get());
        return lsb_error_t{};
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_as_completed_new(void** futures, size_t n, bool has_timeout, double timeout, void** state) {
    try {
        auto holder = std::make_unique<PyAsCompleted>();
        auto& st = holder->state;
        for (std::size_t i = 0; i < n; ++i)
            st->todo.emplace_back(aio::Ref<aio::FutureBase>(fut(futures[i])), 0);
        for (auto& entry : st->todo) {
            aio::detail::AsCompletedState* raw = st.get();
            aio::Ref<aio::detail::AsCompletedState> keep = st;
            entry.second =
                entry.first->add_done_callback([keep, raw](aio::FutureBase& f) { raw->on_completion(f); });
        }
        if (!st->todo.empty() && has_timeout) {
            aio::EventLoop& loop = n ? fut(futures[0])->loop() : aio::get_running_loop();
            st->timer = loop.call_later(timeout, [s = st.get()] { s->on_timeout(); });
        }
        *state = holder.release();
        return lsb_error_t{};
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_as_completed_getter(void* state, void** getter) {
    try {
        auto& st = static_cast<PyAsCompleted*>(state)->state;
        aio::Ref<aio::FutureBase> g = st->getter(aio::get_running_loop());
        *getter = g ? hand_over(g.get()) : nullptr;
        return lsb_error_t{};
    } catch (...) { return current_error(); }
}

void lsb_as_completed_abandon(void* state, void* getter) {
    try {
        static_cast<PyAsCompleted*>(state)->state->abandon_getter(aio::Ref<aio::FutureBase>(fut(getter)));
    } catch (...) {}
}

lsb_error_t lsb_as_completed_take(void* state, void** value) {
    try {
        aio::Ref<aio::FutureBase> f = static_cast<PyAsCompleted*>(state)->state->take();
        f->check_result();
        *value = python_value(*f);
        return lsb_error_t{};
    } catch (...) { return current_error(); }
}

size_t lsb_all_tasks(void* loop, void** out, size_t cap) {
    aio::EventLoop* l = loop ? static_cast<aio::EventLoop*>(loop) : aio::running_loop();
    if (!l) return 0;
    std::size_t n = 0;
    for (aio::TaskBase* t : l->pending_tasks()) {
        if (t->done()) continue;
        if (n < cap) out[n] = t;
        ++n;
    }
    return n;
}

// ---- gather ----------------------------------------------------------------------------------

lsb_error_t lsb_gather(void* loop_or_null, void** futures, size_t n, bool return_exceptions, void** future) {
    try {
        aio::EventLoop& loop = n              ? fut(futures[0])->loop()
                               : loop_or_null ? *static_cast<aio::EventLoop*>(loop_or_null)
                                              : aio::get_running_loop();
        aio::Ref<PyGather> g(new PyGather(loop, return_exceptions));
        for (std::size_t i = 0; i < n; ++i) g->add_child(aio::Ref<aio::FutureBase>(fut(futures[i])));
        g->finish_setup();
        *future = hand_over(g.get());
        return ok();
    } catch (...) { return current_error(); }
}

}  // extern "C"
