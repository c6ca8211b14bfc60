// Helpers of wait / wait_for / as_completed.
#include "aio/wait.hpp"

namespace aio::detail {

Coro<void> cancel_and_wait(Ref<FutureBase> fut) {
    EventLoop& loop = get_running_loop();
    Future<void> waiter = loop.create_future<void>();
    waiter.base()->set_label("wait_for cancel");
    CallbackRemover cleanup;
    auto id = fut->add_done_callback([waiter](FutureBase&) { release_waiter(waiter); });
    cleanup.entries.emplace_back(fut, id);
    fut->cancel();
    co_await waiter;
}

void AsCompletedState::put(Ref<FutureBase> f) {
    done.push_back(std::move(f));
    while (!getters.empty()) {
        Future<void> g = std::move(getters.front());
        getters.pop_front();
        if (!g.done()) {
            g.set_result();
            break;
        }
    }
}

void AsCompletedState::on_timeout() {
    Ref<AsCompletedState> keep(this);  // removing the done callbacks may drop the last references
    timer = TimerHandle();
    auto entries = std::move(todo);
    todo.clear();
    for (auto& [f, id] : entries) {
        f->remove_done_callback(id);
        put(nullptr);
    }
}

void AsCompletedState::on_completion(FutureBase& f) {
    if (todo.empty()) return;  // the timeout came first
    for (auto it = todo.begin(); it != todo.end(); ++it) {
        if (it->first.get() == &f) {
            todo.erase(it);
            break;
        }
    }
    put(Ref<FutureBase>(&f));
    if (todo.empty()) timer.cancel();
}

Coro<Ref<FutureBase>> as_completed_next(Ref<AsCompletedState> state) {
    while (state->done.empty()) {
        Future<void> getter = get_running_loop().create_future<void>();
        getter.base()->set_label("as_completed");
        state->getters.push_back(getter);
        try {
            co_await getter;
        } catch (...) {
            getter.cancel();
            for (auto it = state->getters.begin(); it != state->getters.end(); ++it) {
                if (*it == getter) {
                    state->getters.erase(it);
                    break;
                }
            }
            // Queue.get(): a getter woken and then cancelled passes the wake-up on.
            if (!state->done.empty() && !getter.cancelled()) {
                while (!state->getters.empty()) {
                    Future<void> g = std::move(state->getters.front());
                    state->getters.pop_front();
                    if (!g.done()) {
                        g.set_result();
                        break;
                    }
                }
            }
            throw;
        }
    }
    Ref<FutureBase> f = std::move(state->done.front());
    state->done.pop_front();
    if (!f) throw TimeoutError();
    co_return f;
}

}  // namespace aio::detail
