// TaskGroup: structured concurrency (CPython 3.11 taskgroups.TaskGroup).
//
//   co_await aio::task_group([&](aio::TaskGroup& tg) -> aio::Coro<void> {
//       tg.create_task(download("a"));
//       tg.create_task(download("b"));
//       co_return;
//   });   // returns when every task is done
//
// * Leaving the block waits for all tasks of the group.
// * The first task to fail cancels the other tasks and the block itself; when all are done, an
//   ExceptionGroup("unhandled errors in a TaskGroup", [errors...]) is raised.
// * An exception escaping the block cancels the tasks too and joins the group's errors; a
//   cancellation of the surrounding task propagates as CancelledError once the tasks are done.
// * Tasks of a group that is finishing or aborting cannot be added (RuntimeError).
#pragma once
#include <string>
#include <vector>

#include "task.hpp"

namespace aio {

class TaskGroup {
public:
    TaskGroup() = default;
    TaskGroup(const TaskGroup&) = delete;
    TaskGroup& operator=(const TaskGroup&) = delete;
    ~TaskGroup();

    template <class T> Task<T> create_task(Coro<T> coro, std::string name = {}) {
        check_can_add();
        Task<T> task = loop_->create_task(std::move(coro), std::move(name));
        track(task.ref());
        return task;
    }

    // __aenter__: binds the group to the current task.
    void enter();
    // __aexit__: waits for the tasks; `error` escaped the block. Throws the ExceptionGroup or the
    // CancelledError to propagate; returns if the caller should rethrow `error` (if any) as it is.
    Coro<void> exit(std::exception_ptr error);

    // The same __aexit__ without a coroutine (exit() is built on it):
    //   begin_exit(error);
    //   while (Ref<FutureBase> w = exit_waiter()) { await w; on CancelledError: exit_cancelled(it); }
    //   finish_exit();   // throws like exit()
    void begin_exit(std::exception_ptr error);
    Ref<FutureBase> exit_waiter();
    void exit_cancelled(std::exception_ptr cancelled);
    void finish_exit();

    // For bindings that create the tasks themselves: throws RuntimeError if no task can be added
    // now (call before creating it), then add_task() makes the group track it.
    void check_can_add() const;
    void add_task(const Ref<FutureBase>& task) { track(task); }
    EventLoop* loop() const noexcept { return loop_; }
    // CPython's repr: "<TaskGroup tasks=2 errors=1 cancelling>".
    std::string repr() const;

    // Runs `body(group)` (a callable returning Coro<void>) as the block of a new group.
    template <class F> static Coro<void> run(F body) {
        TaskGroup group;
        group.enter();
        std::exception_ptr error;
        try {
            co_await body(group);
        } catch (...) { error = std::current_exception(); }
        co_await group.exit(error);
        if (error) std::rethrow_exception(error);
    }

private:
    void track(const Ref<FutureBase>& task);
    void abort();
    void on_task_done(FutureBase& task);

    EventLoop* loop_ = nullptr;
    TaskBase* parent_ = nullptr;
    bool entered_ = false;
    bool exiting_ = false;
    bool aborting_ = false;
    bool parent_cancel_requested_ = false;
    bool parent_uncancelled_ = false;  // begin_exit took the parent's cancellation back
    std::vector<std::pair<Ref<FutureBase>, FutureBase::CallbackId>> tasks_;
    std::vector<std::exception_ptr> errors_;
    Future<void> on_completed_;
    std::exception_ptr exit_error_;
    std::exception_ptr propagate_cancellation_;
};

template <class F> Coro<void> task_group(F body) { return TaskGroup::run(std::move(body)); }

}  // namespace aio
