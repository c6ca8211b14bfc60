#include "host_wait.hpp"

#include "aio/errors.hpp"
#include "aio/task.hpp"
#include "py_objects.hpp"
#include "run_services.hpp"

namespace loopscope::python {

namespace {

// The result of a done future as the blocking call returns it (rethrows its exception).
PyRef result_of(aio::FutureBase& f) {
    aio::Future<void>(aio::Ref<aio::FutureBase>(&f)).result();
    PyBacked* b = backed(&f);
    return b ? b->value : PyRef();
}

class UntilComplete final : public HostWait {
public:
    UntilComplete(aio::EventLoop& loop, aio::Ref<aio::FutureBase> f) : HostWait(loop) {
        stop_when_done(std::move(f));
    }
    bool loop_stopped() override {
        try {
            if (!target_done()) throw aio::RuntimeError("Event loop stopped before Future completed.");
            value = result_of(*target());
        } catch (...) { error = escaped_or(std::current_exception()); }
        return true;
    }
};

class Forever final : public HostWait {
public:
    using HostWait::HostWait;
    bool loop_stopped() override {
        error = escaped_or(nullptr);
        return true;
    }
};

// CPython: run() = runner.run(main) (run_until_complete of the main task), then runner.close();
// the main task's outcome is what asyncio.run returns or raises, unless closing fails.
class AsyncioRun final : public HostWait {
public:
    AsyncioRun(aio::Runner& runner, aio::Ref<aio::FutureBase> task, void (*closed)())
        : HostWait(runner.get_loop()), runner_(runner), closed_(closed) {
        stop_when_done(std::move(task));
    }
    bool loop_stopped() override {
        if (!closing_) {
            closing_ = true;
            run_find_lost_tasks(runner_.get_loop());
            try {
                if (!target_done()) throw aio::RuntimeError("Event loop stopped before Future completed.");
                value = result_of(*target());
            } catch (...) { error = escaped_or(std::current_exception()); }
        } else if (!target_done()) {
            // (stopped by a KeyboardInterrupt or SystemExit of a task being cancelled: that one)
            return close_failed(escaped_or(
                std::make_exception_ptr(aio::RuntimeError("Event loop stopped before Future completed."))));
        }
        return !arm_next_close();
    }
    bool loop_failed(std::exception_ptr e) override {
        if (closing_) return close_failed(std::move(e));
        closing_ = true;  // runner.run() raised: close() still runs (a `finally` in CPython)
        error = std::move(e);
        return !arm_next_close();
    }

private:
    // Arms the next loop run of the close sequence; false when closing is over (or failed).
    bool arm_next_close() {
        try {
            if (aio::Ref<aio::FutureBase> next = runner_.next_close_wait()) {
                stop_when_done(std::move(next));
                return true;
            }
        } catch (...) { return !close_failed(std::current_exception()); }
        closed();
        return false;
    }
    bool close_failed(std::exception_ptr e) {
        runner_.abort_close();
        error = std::move(e);  // an error while closing replaces the main task's outcome, as in CPython
        value = PyRef();
        closed();
        return true;
    }
    void closed() {
        if (closed_) closed_();
    }
    aio::Runner& runner_;
    void (*closed_)();
    bool closing_ = false;
};

// Runner.close() on its own: every loop run of the close sequence; returns None.
class RunnerClose final : public HostWait {
public:
    RunnerClose(aio::Runner& runner, aio::Ref<aio::FutureBase> first)
        : HostWait(runner.get_loop()), runner_(runner) {
        stop_when_done(std::move(first));
    }
    bool loop_stopped() override {
        try {
            if (!target_done()) throw aio::RuntimeError("Event loop stopped before Future completed.");
            if (aio::Ref<aio::FutureBase> next = runner_.next_close_wait()) {
                stop_when_done(std::move(next));
                return false;
            }
        } catch (...) {
            runner_.abort_close();
            error = escaped_or(std::current_exception());
        }
        return true;
    }
    bool loop_failed(std::exception_ptr e) override {
        runner_.abort_close();
        error = std::move(e);
        return true;
    }

private:
    aio::Runner& runner_;
};

}  // namespace

HostWait::~HostWait() {
    if (armed_) *armed_ = false;
    if (target_ && callback_) target_->remove_done_callback(callback_);
}

bool HostWait::loop_failed(std::exception_ptr e) {
    error = std::move(e);
    return true;
}

void HostWait::stop_when_done(aio::Ref<aio::FutureBase> f) {
    if (target_ && callback_) target_->remove_done_callback(callback_);
    target_ = std::move(f);
    aio::EventLoop* loop = loop_;
    // A callback already scheduled when its wait ended (an exception left the loop after the
    // target completed) must not stop a later run, as in aio's run_until_complete.
    if (armed_) *armed_ = false;
    armed_ = std::make_shared<bool>(true);
    callback_ = target_->add_done_callback([loop, armed = armed_](aio::FutureBase&) {
        if (*armed) loop->stop();
    });
    loop->set_until_complete_callback(callback_);
}

bool HostWait::target_done() {
    if (armed_) *armed_ = false;
    if (callback_) target_->remove_done_callback(callback_);
    callback_ = {};
    return target_->done();
}

std::unique_ptr<HostWait> wait_until_complete(aio::EventLoop& loop, aio::Ref<aio::FutureBase> f) {
    return std::make_unique<UntilComplete>(loop, std::move(f));
}

std::unique_ptr<HostWait> wait_forever(aio::EventLoop& loop) { return std::make_unique<Forever>(loop); }

std::unique_ptr<HostWait> wait_runner_close(aio::Runner& runner, aio::Ref<aio::FutureBase> first) {
    return std::make_unique<RunnerClose>(runner, std::move(first));
}

lsb_error_t suspend_main_program(std::unique_ptr<HostWait> wait) {
    run_begin_host_wait(std::move(wait));
    lsb_error_t e{};
    e.kind = LSB_SUSPEND;
    return e;
}

std::unique_ptr<HostWait> wait_asyncio_run(aio::Runner& runner, aio::Ref<aio::FutureBase> main_task,
                                           void (*closed)()) {
    return std::make_unique<AsyncioRun>(runner, std::move(main_task), closed);
}

}  // namespace loopscope::python
