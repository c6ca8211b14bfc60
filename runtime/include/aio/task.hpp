// Task<T>: a coroutine scheduled on the loop (CPython tasks.Task); itself a Future<T>.
//
// Semantics follow CPython 3.11's Task.__step:
//  * create_task schedules the first step with call_soon: the coroutine starts in a later callback,
//    never inside create_task.
//  * A task waiting on a future is woken by that future's done callback, so it resumes one loop
//    iteration after the future completes (a timer-woken task: one iteration after the timer fires).
//  * cancel(msg) cancels the awaited future if there is one, otherwise the next step throws
//    CancelledError(msg) into the coroutine. Several cancel() calls before the task runs deliver
//    one CancelledError; cancelling() counts the requests and uncancel() takes one back.
//  * A coroutine that catches CancelledError and carries on leaves the task running (not cancelled).
//  * Names: "Task-N" from a process-wide counter that only unnamed tasks advance.
//
// Index of this file (sections marked "// ---- <name> ----"):
//   TaskBase: the scheduling machinery
//   CoroTask: a task running a C++ coroutine
//   Task<T>, create_task, ensure_future
//   run_until_complete
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "coro.hpp"
#include "future.hpp"

namespace aio {

// Names, for the trace's task_cancel_requested, what the cancellations requested during its
// lifetime come through ("TaskGroup", "wait_for", "timeout", "gather", "asyncio.run"); without one
// a request is an explicit "cancel()". Nests; one thread-local pointer, no cost without a trace.
class CancelVia {
public:
    explicit CancelVia(const char* via) noexcept : saved_(current_) { current_ = via; }
    ~CancelVia() { current_ = saved_; }
    CancelVia(const CancelVia&) = delete;
    CancelVia& operator=(const CancelVia&) = delete;
    static const char* current() noexcept { return current_ ? current_ : "cancel()"; }

private:
    const char* saved_;
    static thread_local const char* current_;
};

// A cancellation passes down what each task awaits (a task awaiting a task awaiting a gather...):
// one guard per level, so that a chain too deep to follow, or tasks awaiting each other in a
// circle, end in "maximum recursion depth exceeded" (CPython's RecursionError, a RuntimeError)
// instead of exhausting the C++ stack.
class CancelDepth {
public:
    static constexpr int kLimit = 1000;  // CPython's default recursion limit
    CancelDepth();                       // throws RuntimeError past kLimit
    ~CancelDepth() { --depth_; }
    CancelDepth(const CancelDepth&) = delete;
    CancelDepth& operator=(const CancelDepth&) = delete;

private:
    static thread_local int depth_;
};

// ---- TaskBase: the scheduling machinery ---------------------------------------------------------

// The scheduling machinery shared by every kind of task (C++ coroutines here, Python generators in
// the MicroPython binding): a subclass only says how to resume its coroutine.
class TaskBase : public FutureBase {
public:
    // An unnamed task ("Task-N") and a named one.
    explicit TaskBase(EventLoop& loop) noexcept;
    TaskBase(EventLoop& loop, std::string&& name) noexcept;
    ~TaskBase() override;

    bool is_task() const noexcept final { return true; }
    // "Task-N" unless a name was given; formatted on first use (creating a task stays cheap).
    const std::string& name() const {
        if (name_number_) [[unlikely]]
            format_default_name();
        return name_;
    }
    void set_name(std::string name) {
        name_ = std::move(name);
        name_number_ = 0;
    }
    std::uint64_t parent_id() const noexcept { return parent_id_; }

    // Requests cancellation (see above). False if the task is already done.
    bool cancel(std::optional<std::string> message = std::nullopt) override;
    int cancelling() const noexcept { return num_cancels_requested_; }
    // A cancellation request the runtime made and handled itself without taking it back (a TaskGroup
    // cancelling its parent during its exit, as CPython 3.11): it still counts in cancelling(), but
    // the trace's task_done does not report it as swallowed by the task's own code.
    void absorb_cancel() noexcept { ++absorbed_cancels_; }
    int uncancel() noexcept {
        if (num_cancels_requested_ > 0) --num_cancels_requested_;
        return num_cancels_requested_;
    }
    // Tasks complete only through their coroutine.
    void set_exception(std::exception_ptr) override;

    // The future this task is suspended on (null while ready, running or done).
    FutureBase* awaiting() const noexcept { return fut_waiter_.get(); }
    // The task suspended on a future through this done item of it (awaited_by()), or null.
    static FutureBase* awaiter_of(FutureBase::DoneItem item) noexcept;
    // Where the coroutine is suspended (innermost frame of its await chain), if the kind of task
    // knows; line 0 otherwise. Allocation-free: the loop asks at the end of every traced step.
    virtual SourceLocation location() const noexcept { return {}; }
    // For the trace (a viewer names lanes and failures with them), asked only when a sink is
    // attached: the coroutine's function name ("" if the kind of task cannot tell), and a one-line
    // description of an exception the task ended with ("ValueError: boom").
    virtual std::string coroutine_name() const { return {}; }
    virtual std::string describe_exception(const std::exception_ptr& e) const;
    // How much work the last step did, in the task kind's own unit (Python tasks: VM branches), or
    // -1 if it cannot tell. A busy loop's steps do almost none (the busy-loop pitfall).
    virtual double step_work() const noexcept { return -1.0; }

    // Loop bookkeeping (intrusive list of pending tasks).
    TaskBase* next_task = nullptr;
    TaskBase* prev_task = nullptr;
    bool registered = false;

    // Destroys the coroutine without finishing the task (the loop is closing). Leaves it pending.
    virtual void abandon() noexcept = 0;
    // abandon(), and lets go of the awaited future and of the done callbacks, so that no reference
    // cycle (task -> awaited future -> its callback -> task) outlives a closed loop.
    void drop_for_close() noexcept;

    // Whether a future's done callback i is a task's wake-up (CPython's `Task.task_wakeup()`).
    static bool is_wakeup(const FutureBase& future, std::size_t i) noexcept {
        return future.done_callback_runs(i, &wakeup_item);
    }

    // The next N of "Task-N" (a process-wide counter that only unnamed tasks advance).
    static std::uint64_t next_default_name_number() noexcept;
    // Starts the numbering again at Task-1: an engine running one script after another in the same
    // process calls it per run, so each run names its tasks as a fresh CPython process would.
    static void reset_default_name_counter() noexcept;

protected:
    struct Resumed {
        // preempted: the step gave the thread back before the coroutine suspended (EventLoop::preempt);
        // resume_preempted() goes on with it.
        enum class Kind : std::uint8_t {
            returned,
            raised,
            raised_cancelled,
            awaiting,
            yielded,
            bad_yield,
            preempted
        };
        Kind kind;
        FutureBase* future = nullptr;  // with awaiting
    };
    // With raised / raised_cancelled: what the coroutine raised (set by the subclass).
    detail::ExceptionSlot raised_;
    // Sends into (exception null) or throws *exception into the coroutine until it suspends or
    // ends. A subclass stores the returned value in its slot before answering `returned`.
    virtual Resumed resume(std::exception_ptr* exception) = 0;
    // Goes on with a step that resume() (or this) answered `preempted`; only task kinds that
    // preempt override it.
    virtual Resumed resume_preempted() { return {Resumed::Kind::bad_yield}; }
    // Called once the task is done (the coroutine can be freed). Not declared noexcept on purpose:
    // in the wasm build a noexcept function wraps each call it makes in a JS trampoline (to be able
    // to terminate), and this runs once per task. Overrides may be noexcept.
    virtual void on_done() {}

    // Schedules the first step; call at the end of the subclass constructor.
    void start() noexcept;

private:
    void step(std::exception_ptr* exception);
    void step_cancelling(std::exception_ptr* exception);
    void run_step(std::exception_ptr* exception);
    void end_step(Resumed r, TaskBase* previous);
    static void preempted_step_item(void* task, void* previous, bool run);
    void wakeup(FutureBase& future);
    void wakeup_failed(FutureBase& future);
    std::optional<std::string> saved_cancel_message() const;
    inline void schedule_step(WakeSource source);  // defined (and only used) in task.cpp
    void schedule_step_throwing(std::exception_ptr exception, WakeSource source);
    void finished();
    static void step_item(void* task, void* exception, bool run);
    static void wakeup_item(void* task, void* future, bool run);

    void format_default_name() const;

    int num_cancels_requested_ = 0;
    int absorbed_cancels_ = 0;
    mutable std::uint64_t name_number_ = 0;
    std::uint64_t parent_id_ = 0;
    mutable std::string name_;
    // Read by every step: last, so that they share a cache line with the fields a subclass puts
    // first (CoroTask's driver) rather than with the cold ones above.
    bool must_cancel_ = false;
    detail::Ref<FutureBase> fut_waiter_;
};

// ---- CoroTask: a task running a C++ coroutine ---------------------------------------------------

// A task running a C++ coroutine.
template <class T> class CoroTask final : public TaskBase, private detail::CoroDriver {
public:
    // `coro` must hold a coroutine (create_task checks). noexcept: `new CoroTask` then needs no
    // clean-up around the constructor, which in the wasm build would cost a JS trampoline per task.
    CoroTask(EventLoop& loop, Coro<T>&& coro) noexcept : TaskBase(loop), root_(coro.release()) { init(); }
    CoroTask(EventLoop& loop, Coro<T>&& coro, std::string&& name) noexcept
        : TaskBase(loop, std::move(name)), root_(coro.release()) {
        init();
    }
    ~CoroTask() override { abandon(); }

    void* value_slot() noexcept override { return &value_; }

    void abandon() noexcept override {
        rewait = nullptr;
        if (root_) std::exchange(root_, {}).destroy();
    }

private:
    void init() noexcept {
        leaf = root_;
        leaf_promise = &root_.promise();
        set_label("Task");
        start();
    }

    Resumed resume(std::exception_ptr* exception) override {
        if (rewait) [[unlikely]] {
            // A looping awaiter woke up: it may wait again without resuming the coroutine.
            detail::Rewait* r = std::exchange(rewait, nullptr);
            if (!exception) {
                detail::CoroDriver* saved = detail::tls_driver;
                detail::tls_driver = this;
                FutureBase* again = r->next(r);
                detail::tls_driver = saved;
                if (again) {
                    rewait = r;
                    return {Resumed::Kind::awaiting, again};
                }
            }
        }
        detail::CoroDriver* saved = detail::tls_driver;
        detail::tls_driver = this;
        if (exception) [[unlikely]]
            pending = std::move(*exception);
        Resumed out{Resumed::Kind::bad_yield};
        for (;;) {
            action = Action::none;
            leaf.resume();
            if (action == Action::pushed) continue;
            if (action == Action::finished) {
                if (leaf_promise != &root_.promise()) {
                    detail::PromiseBase* finished_child = leaf_promise;
                    leaf = finished_child->parent;
                    leaf_promise = finished_child->parent_promise;
                    continue;
                }
                out = finish_root();
                break;
            }
            if (action == Action::awaiting)
                out = {Resumed::Kind::awaiting, std::exchange(awaited, nullptr)};
            else if (action == Action::yielded)
                out = {Resumed::Kind::yielded};
            else
                out = foreign_awaiter();
            break;
        }
        if (pending) [[unlikely]]
            pending = nullptr;
        detail::tls_driver = saved;
        return out;
    }

    Resumed finish_root() {
        auto& p = root_.promise();
        if (p.exception) {
            raised_ = std::exchange(p.exception, nullptr);
            return {is_cancelled_error(raised_) ? Resumed::Kind::raised_cancelled : Resumed::Kind::raised};
        }
        if constexpr (!std::is_void_v<T>) value_.set(std::move(p.value.get()));
        return {Resumed::Kind::returned};
    }

    // The coroutine suspended on an awaiter that does not speak to the driver, so nothing would ever
    // resume it, and an exception cannot be thrown into it: fail the task instead of hanging.
    Resumed foreign_awaiter() {
        raised_ = std::make_exception_ptr(RuntimeError(
            "Task got bad yield: the coroutine suspended on an awaitable that is not part of aio "
            "(only aio futures, tasks, coroutines and sleeps can be awaited)"));
        return {Resumed::Kind::raised};
    }

    void on_done() override {
        rewait = nullptr;
        if (root_) std::exchange(root_, {}).destroy();
    }

    typename Coro<T>::handle_type root_;
    detail::Slot<T> value_;
};

// ---- Task<T>, create_task, ensure_future --------------------------------------------------------

template <class T = void> class Task : public Future<T> {
public:
    Task() = default;
    explicit Task(detail::Ref<FutureBase> state) : Future<T>(std::move(state)) {}

    const std::string& get_name() const noexcept { return task().name(); }
    void set_name(std::string name) const { task().set_name(std::move(name)); }
    int cancelling() const noexcept { return task().cancelling(); }
    int uncancel() const noexcept { return task().uncancel(); }
    TaskBase& task() const noexcept { return *static_cast<TaskBase*>(this->s_.get()); }

    // A task's result comes from its coroutine.
    template <class... U> void set_result(U&&...) const = delete;
};

namespace detail {
[[noreturn]] void throw_awaited_coroutine();
}

template <class T> inline Task<T> EventLoop::create_task(Coro<T> coro) {
    check_closed();
    if (!coro) [[unlikely]]
        detail::throw_awaited_coroutine();
    return Task<T>(detail::Ref<FutureBase>(new CoroTask<T>(*this, std::move(coro))));
}

template <class T> Task<T> EventLoop::create_task(Coro<T> coro, std::string name) {
    check_closed();
    if (!coro) [[unlikely]]
        detail::throw_awaited_coroutine();
    if (name.empty()) return Task<T>(detail::Ref<FutureBase>(new CoroTask<T>(*this, std::move(coro))));
    return Task<T>(detail::Ref<FutureBase>(new CoroTask<T>(*this, std::move(coro), std::move(name))));
}

// Schedules `coro` on the running loop (unnamed: "Task-N").
template <class T> [[gnu::always_inline]] inline Task<T> create_task(Coro<T> coro) {
    return get_running_loop().create_task(std::move(coro));
}
template <class T> Task<T> create_task(Coro<T> coro, std::string name) {
    return get_running_loop().create_task(std::move(coro), std::move(name));
}

// A future for anything awaitable that the combinators accept: a future or task as it is, a
// coroutine wrapped in a new task on the running loop (CPython's ensure_future).
template <class T> Future<T> ensure_future(Future<T> f) { return f; }
template <class T> Future<T> ensure_future(Coro<T> c) { return create_task(std::move(c)); }

namespace detail {
template <class A> struct awaitable_traits;
template <class T> struct awaitable_traits<Future<T>> { using type = T; };
template <class T> struct awaitable_traits<Task<T>> { using type = T; };
template <class T> struct awaitable_traits<Coro<T>> { using type = T; };
}  // namespace detail

// The result type of awaiting A (a Future, Task or Coro).
template <class A> using await_result_t = typename detail::awaitable_traits<std::decay_t<A>>::type;

// The task running now on the running loop, or null.
TaskBase* current_task();
// The running loop's tasks that are not done yet.
std::vector<detail::Ref<TaskBase>> all_tasks();

// ---- run_until_complete -------------------------------------------------------------------------

template <class T> T EventLoop::run_until_complete(Coro<T> coro) {
    return run_until_complete(Future<T>(create_task(std::move(coro))));
}

template <class T> T EventLoop::run_until_complete(Future<T> future) {
    check_closed();
    if (&future.get_loop() != this)
        throw ValueError(
            "The future belongs to a different loop than the one specified as the loop argument");
    // The stop callback belongs to this run only: if the run ends otherwise (an exception left the
    // loop after the future completed: its callback is already scheduled), a later run must not
    // see it stop the loop (CPython's _run_until_complete_cb checks for that case too).
    const std::uint64_t run = ++until_complete_runs_;
    auto id = future.base()->add_done_callback([this, run](FutureBase&) {
        if (run == until_complete_runs_) stop();
    });
    const std::uint64_t outer_callback = until_complete_callback_;
    until_complete_callback_ = id;
    try {
        run_forever();
    } catch (...) {
        ++until_complete_runs_;
        until_complete_callback_ = outer_callback;
        future.remove_done_callback(id);
        throw;
    }
    ++until_complete_runs_;
    until_complete_callback_ = outer_callback;
    future.remove_done_callback(id);
    if (!future.done()) throw RuntimeError("Event loop stopped before Future completed.");
    if constexpr (std::is_void_v<T>)
        future.result();
    else if constexpr (std::is_copy_constructible_v<T>)
        return future.result();  // the future keeps it too
    else
        return std::move(future.result());
}

}  // namespace aio
