// Queues for tasks (CPython 3.11 Lib/asyncio/queues.py): Queue<T>, PriorityQueue<T, Compare>,
// LifoQueue<T>.
//
//     aio::Queue<int> q(maxsize);          // maxsize <= 0: unbounded (the default)
//     co_await q.put(1);                   // waits while the queue is full
//     int v = co_await q.get();            // waits while it is empty
//     q.task_done();                       // one per item taken, when its processing is done
//     co_await q.join();                   // waits until every item put was task_done()
//
// Semantics are CPython's:
//  * put_nowait() throws QueueFull when full(); get_nowait() throws QueueEmpty when empty().
//    put()/get() do not suspend at all when they can complete at once.
//  * A blocked get() waits on a "Queue.get" future in the FIFO of getters; put_nowait() wakes the
//    first getter (taking it out of the FIFO). The woken getter takes whatever item is then at the
//    head (for a LifoQueue: the newest), when it runs; if another task emptied the queue first, it
//    waits again at the end of the FIFO. Blocked put() calls ("Queue.put") and get_nowait() mirror
//    this. A cancelled getter/putter leaves the FIFO; one that was woken and then cancelled passes
//    the wake-up on to the next one if the queue still has items (resp. room).
//  * task_done() throws ValueError("task_done() called too many times") when there is no
//    unfinished item; join() waits ("Queue.join") until the unfinished count drops to zero.
//  * Not bound to a loop when constructed; binds to the running loop on first blocking use. As for
//    the locks, a queue that had blocked tasks when their loop closed must not be used to block
//    or wake again (its stale waiters belong to the closed loop).
//
// Performance: get()/put() that do not block allocate nothing. A blocking one allocates only its
// (pooled) waiter future; CPython's `while self.empty(): ...` loop is run by the task's driver.
// The queue is neither copyable nor movable; T needs to be move-constructible and move-assignable.
//
// Index of this file (sections marked "// ---- <name> ----"):
//   Item storage: FIFO, LIFO, heap
//   BasicQueue: the queue machinery
//   Queue, PriorityQueue, LifoQueue
#pragma once
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

#include "coro.hpp"
#include "errors.hpp"
#include "future.hpp"
#include "locks.hpp"

namespace aio {

namespace detail {

// ---- Item storage: FIFO, LIFO, heap -------------------------------------------------------------

// Item storage policies: push(item), pop() -> item, size().
template <class T> class FifoStore {
public:
    static const char* trace_kind() noexcept { return "Queue"; }
    std::size_t size() const noexcept { return items_.size(); }
    // The items in storage order (CPython's list(q._queue)), for reprs.
    template <class F> void for_each(F&& f) const {
        for (const T& item : items_) f(item);
    }
    bool empty() const noexcept { return items_.empty(); }
    void push(T&& item) { items_.push_back(std::move(item)); }
    T pop() {
        T item = std::move(items_.front());
        items_.pop_front();
        return item;
    }

private:
    std::deque<T> items_;
};

template <class T> class LifoStore {
public:
    static const char* trace_kind() noexcept { return "LifoQueue"; }
    std::size_t size() const noexcept { return items_.size(); }
    // The items in storage order (CPython's list(q._queue)), for reprs.
    template <class F> void for_each(F&& f) const {
        for (const T& item : items_) f(item);
    }
    bool empty() const noexcept { return items_.empty(); }
    void push(T&& item) { items_.push_back(std::move(item)); }
    T pop() {
        T item = std::move(items_.back());
        items_.pop_back();
        return item;
    }

private:
    std::vector<T> items_;
};

// A binary min-heap ordered by `less` that follows Python's heapq step by step (heappush sifts the
// new item toward the root; heappop moves the last item to the root, sinks it to a leaf along the
// smaller children, then lets it rise), so that items that compare equal come out in the same order
// as from CPython's PriorityQueue. Items move by swaps, as in CPython's C heapq, so a comparison
// that throws leaves every item in the heap (heappush keeps the new one; heappop loses only the
// item it was returning).
template <class T, class Compare> class HeapStore {
public:
    explicit HeapStore(Compare less = Compare()) : less_(std::move(less)) {}
    static const char* trace_kind() noexcept { return "PriorityQueue"; }
    std::size_t size() const noexcept { return items_.size(); }
    // The items in storage order (CPython's list(q._queue)), for reprs.
    template <class F> void for_each(F&& f) const {
        for (const T& item : items_) f(item);
    }
    bool empty() const noexcept { return items_.empty(); }
    void push(T&& item) {
        items_.push_back(std::move(item));
        sift_toward_root(0, items_.size() - 1);
    }
    T pop() {
        T last = std::move(items_.back());
        items_.pop_back();
        if (items_.empty()) return last;
        T top = std::move(items_[0]);
        items_[0] = std::move(last);
        sift_to_leaf(0);
        return top;
    }

private:
    // Moves the item at `pos` toward `start` while it is less than its parent (heapq's _siftdown).
    void sift_toward_root(std::size_t start, std::size_t pos) {
        using std::swap;
        while (pos > start) {
            std::size_t parent = (pos - 1) / 2;
            if (!less_(items_[pos], items_[parent])) break;
            swap(items_[pos], items_[parent]);
            pos = parent;
        }
    }
    // Sinks the item at `pos` to a leaf along the smaller children, then lets it rise back
    // (heapq's _siftup).
    void sift_to_leaf(std::size_t pos) {
        using std::swap;
        const std::size_t start = pos;
        const std::size_t limit = items_.size() / 2;  // the first position without a child
        while (pos < limit) {
            std::size_t child = 2 * pos + 1;
            if (child + 1 < items_.size() && !less_(items_[child], items_[child + 1])) ++child;
            swap(items_[pos], items_[child]);
            pos = child;
        }
        sift_toward_root(start, pos);
    }

    std::vector<T> items_;
    Compare less_;
};

}  // namespace detail

// ---- BasicQueue: the queue machinery ------------------------------------------------------------

// The queue machinery; use Queue, PriorityQueue or LifoQueue.
template <class T, class Store> class BasicQueue : private detail::LoopBound {
public:
    using value_type = T;

    // co_await q.get(): the next item, waiting while the queue is empty. CPython's
    //     while self.empty(): getter = ...; self._getters.append(getter); try: await getter ...
    //     return self.get_nowait()
    // with the loop run by the task's driver (detail::Rewait): no coroutine frame per blocked get.
    class [[nodiscard]] GetAwaiter : private detail::Rewait {
    public:
        explicit GetAwaiter(BasicQueue& q) noexcept : detail::Rewait{next}, q_(&q) {}
        GetAwaiter(GetAwaiter&&) = delete;
        bool await_ready() const noexcept { return !q_->empty(); }
        [[gnu::always_inline]] void await_suspend(detail::co::coroutine_handle<>) {
            detail::CoroDriver& d = detail::require_driver();
            getter_ = q_->add_waiter(q_->getters_, "Queue.get");
            d.awaited = getter_.get();
            d.action = detail::CoroDriver::Action::awaiting;
            d.rewait = this;
        }
        [[gnu::always_inline]] T await_resume() {
            if (getter_) {
                // CPython's `except:` clean-up, when the wait failed or was interrupted.
                if (interrupted(*getter_, error_)) [[unlikely]]
                    finish_interrupted();
                getter_.reset();
            }
            return q_->get_nowait();
        }

    private:
        // The getter completed: wait again while the queue is empty (another task took the item).
        static FutureBase* next(detail::Rewait* self) noexcept {
            auto* a = static_cast<GetAwaiter*>(self);
            if (!a->getter_->done() || a->getter_->cancelled() || a->getter_->has_exception()) return nullptr;
            if (!a->q_->empty()) return nullptr;
            return wait_again(a->getter_, a->error_,
                              [a] { return a->q_->add_waiter(a->q_->getters_, "Queue.get"); });
        }

        void finish_interrupted() {
            if (error_) std::rethrow_exception(error_);
            q_->finish_get(*getter_, detail::take_pending());
        }

        BasicQueue* q_;
        detail::Ref<FutureBase> getter_;  // null: the queue had an item, no wait
        detail::ExceptionSlot error_;     // raised while starting a new wait
    };

    // co_await q.put(item): waits while the queue is full, then adds the item (the loop as in get()).
    class [[nodiscard]] PutAwaiter : private detail::Rewait {
    public:
        PutAwaiter(BasicQueue& q, T item) : detail::Rewait{next}, q_(&q), item_(std::move(item)) {}
        PutAwaiter(PutAwaiter&&) = delete;
        bool await_ready() const noexcept { return !q_->full(); }
        [[gnu::always_inline]] void await_suspend(detail::co::coroutine_handle<>) {
            detail::CoroDriver& d = detail::require_driver();
            putter_ = q_->add_waiter(q_->putters_, "Queue.put");
            d.awaited = putter_.get();
            d.action = detail::CoroDriver::Action::awaiting;
            d.rewait = this;
        }
        [[gnu::always_inline]] void await_resume() {
            if (putter_) {
                if (interrupted(*putter_, error_)) [[unlikely]]
                    finish_interrupted();
                putter_.reset();
            }
            q_->put_nowait(std::move(item_));
        }

    private:
        static FutureBase* next(detail::Rewait* self) noexcept {
            auto* a = static_cast<PutAwaiter*>(self);
            if (!a->putter_->done() || a->putter_->cancelled() || a->putter_->has_exception()) return nullptr;
            if (!a->q_->full()) return nullptr;
            return wait_again(a->putter_, a->error_,
                              [a] { return a->q_->add_waiter(a->q_->putters_, "Queue.put"); });
        }

        void finish_interrupted() {
            if (error_) std::rethrow_exception(error_);
            q_->finish_put(*putter_, detail::take_pending());
        }

        BasicQueue* q_;
        T item_;
        detail::Ref<FutureBase> putter_;
        detail::ExceptionSlot error_;
    };

    // co_await q.join(): waits until every item put has been marked task_done().
    class [[nodiscard]] JoinAwaiter : public Event::WaitAwaiter {
    public:
        using Event::WaitAwaiter::WaitAwaiter;
        void await_resume() { Event::WaitAwaiter::await_resume(); }
    };

    // get() / put() / join() without a coroutine (see locks.hpp): CPython's loops
    //     while (auto w = q.get_waiter()) { wait for *w, or for an exception e; q.finish_get(*w, e); }
    //     item = q.get_nowait();
    // and the same with put_waiter() / finish_put() / put_nowait(item).
    // A null future: the queue has an item (get) / room (put) now. Otherwise a "Queue.get" /
    // "Queue.put" future queued in the getters / putters (binds the queue to the running loop).
    detail::Ref<FutureBase> get_waiter() { return empty() ? add_waiter(getters_, "Queue.get") : nullptr; }
    detail::Ref<FutureBase> put_waiter() { return full() ? add_waiter(putters_, "Queue.put") : nullptr; }
    // After the waiter is done or `error` interrupted the wait. If it failed (cancelled), cleans up
    // (a wake-up it got goes to the next waiter) and throws; else the caller asks again.
    void finish_get(FutureBase& getter, std::exception_ptr error = nullptr) {
        finish_wait(getters_, getter, std::move(error), [this] { return !empty(); });
    }
    void finish_put(FutureBase& putter, std::exception_ptr error = nullptr) {
        finish_wait(putters_, putter, std::move(error), [this] { return !full(); });
    }
    // join(): null if no item is unfinished, else a "Queue.join" future; then finish_join().
    detail::Ref<FutureBase> join_waiter() { return finished_.wait_waiter("Queue.join"); }
    void finish_join(FutureBase& waiter, std::exception_ptr error = nullptr) {
        finished_.finish_wait(waiter, std::move(error));
    }

    explicit BasicQueue(long maxsize = 0, Store store = Store())
        : LoopBound(store.trace_kind()), store_(std::move(store)), maxsize_(maxsize) {
        finished_.set_trace_kind("Event (a Queue's join)");
        finished_.set();
    }
    BasicQueue(const BasicQueue&) = delete;
    BasicQueue& operator=(const BasicQueue&) = delete;

    // Number of items in the queue.
    std::size_t qsize() const noexcept { return store_.size(); }
    // The capacity given at construction (<= 0: unbounded).
    long maxsize() const noexcept { return maxsize_; }
    bool empty() const noexcept {
        if constexpr (requires { store_.empty(); })
            return store_.empty();  // deque's size() is not free
        else
            return store_.size() == 0;  // a Store that only tells its size (the Python binding's)
    }
    // True if maxsize > 0 and the queue holds maxsize items (never for an unbounded queue).
    bool full() const noexcept { return maxsize_ > 0 && store_.size() >= static_cast<std::size_t>(maxsize_); }

    GetAwaiter get() noexcept { return GetAwaiter(*this); }
    PutAwaiter put(T item) { return PutAwaiter(*this, std::move(item)); }
    JoinAwaiter join() noexcept { return JoinAwaiter(finished_, "Queue.join"); }

    // Adds an item without blocking; throws QueueFull if full(). Wakes the first waiting getter.
    // (Always inline, as get_nowait: the awaiters call them from coroutine bodies, where in the wasm
    // build an out-of-line call that may throw goes through a JavaScript trampoline.)
    [[gnu::always_inline]] void put_nowait(T item) {
        if (full()) throw QueueFull();
        store_.push(std::move(item));
        this->trace_op(ResourceOp::put, running_task_id(), static_cast<double>(store_.size()));
        ++unfinished_tasks_;
        finished_.clear();
        wakeup_next(getters_);
    }
    // Takes an item without blocking; throws QueueEmpty if empty(). Wakes the first waiting putter.
    [[gnu::always_inline]] T get_nowait() {
        if (empty()) throw QueueEmpty();
        T item = store_.pop();
        this->trace_op(ResourceOp::got, running_task_id(), static_cast<double>(store_.size()));
        wakeup_next(putters_);
        return item;
    }
    // Marks one item taken from the queue as processed; throws ValueError if none is unfinished.
    void task_done() {
        if (unfinished_tasks_ <= 0) throw ValueError("task_done() called too many times");
        if (--unfinished_tasks_ == 0) finished_.set();
    }
    // Items put and not yet marked task_done() (CPython's _unfinished_tasks).
    long unfinished_tasks() const noexcept { return unfinished_tasks_; }
    // For reprs: the item storage; futures of blocked get()/put() calls still queued.
    const Store& store() const noexcept { return store_; }
    std::size_t getter_count() const noexcept { return getters_.size(); }
    std::size_t putter_count() const noexcept { return putters_.size(); }

private:
    // A blocked get()/put() must run its clean-up (rather than just go on): something was thrown
    // into the task (cancellation), starting a new wait failed, or the waiter did not complete.
    static bool interrupted(const FutureBase& waiter, const std::exception_ptr& error) noexcept {
        if (error) return true;
        if (detail::CoroDriver* d = detail::tls_driver; d && d->pending) return true;
        return waiter.state() != FutureBase::State::finished || waiter.has_exception();
    }

    [[gnu::always_inline]] static void wakeup_next(detail::WaiterList& waiters) noexcept {
        while (!waiters.empty()) {
            // A raw owned pointer, not a Ref: nothing to destroy around the call (see coro.hpp).
            FutureBase* w = waiters.pop_front().leak();
            const bool pending = !w->done();
            if (pending) static_cast<detail::WaiterFuture*>(w)->resolve_pending();
            w->release();
            if (pending) break;
        }
    }

    [[gnu::always_inline]] detail::Ref<FutureBase> add_waiter(detail::WaiterList& waiters,
                                                              const char* label) {
        detail::Ref<FutureBase> w(detail::new_waiter(bind_loop("Queue"), label));
        waiters.push_back(w.get());
        this->trace_op(ResourceOp::waiting, w->id(), 0.0, label);
        return w;
    }

    // CPython's `except: waiter.cancel(); remove it; if can_proceed and not waiter.cancelled():
    // wake up the next one; raise` around `await waiter`.
    template <class CanProceed> static void finish_wait(detail::WaiterList& waiters, FutureBase& waiter,
                                                        std::exception_ptr error, CanProceed can_proceed) {
        try {
            detail::rethrow_wait_error(waiter, error);
        } catch (...) {
            waiter.cancel();  // in case it is still pending
            waiters.remove(&waiter);
            // Woken, then cancelled: the item (room) it was woken for goes to the next waiter.
            if (can_proceed() && !waiter.cancelled()) wakeup_next(waiters);
            throw;
        }
    }

    // A looping awaiter waits on a new future made by `add`; if that throws (the loop is closed or
    // another one's), the coroutine is resumed and its await_resume raises the error.
    template <class Add> static FutureBase* wait_again(detail::Ref<FutureBase>& waiter,
                                                       detail::ExceptionSlot& error, Add add) noexcept {
        try {
            waiter = add();
            return waiter.get();
        } catch (...) {
            error = std::current_exception();
            return nullptr;
        }
    }

    Store store_;
    long maxsize_;
    long unfinished_tasks_ = 0;
    detail::WaiterList getters_;
    detail::WaiterList putters_;
    Event finished_;
};

// ---- Queue, PriorityQueue, LifoQueue ------------------------------------------------------------

// First in, first out.
template <class T> class Queue : public BasicQueue<T, detail::FifoStore<T>> {
public:
    explicit Queue(long maxsize = 0) : BasicQueue<T, detail::FifoStore<T>>(maxsize) {}
};

// Smallest item first, by `Compare` (std::less<T>: like CPython's heapq-based PriorityQueue, and
// unlike std::priority_queue, which gives the largest first). Items that compare equal come out in
// the order CPython's heapq would give them. Typical items: std::pair<priority, data>.
template <class T, class Compare = std::less<T>> class PriorityQueue
    : public BasicQueue<T, detail::HeapStore<T, Compare>> {
public:
    explicit PriorityQueue(long maxsize = 0, Compare less = Compare())
        : BasicQueue<T, detail::HeapStore<T, Compare>>(maxsize,
                                                       detail::HeapStore<T, Compare>(std::move(less))) {}
};

// Last in, first out.
template <class T> class LifoQueue : public BasicQueue<T, detail::LifoStore<T>> {
public:
    explicit LifoQueue(long maxsize = 0) : BasicQueue<T, detail::LifoStore<T>>(maxsize) {}
};

}  // namespace aio
