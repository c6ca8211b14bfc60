// The C++ half of asyncio.Lock, Event, Condition, Semaphore, BoundedSemaphore and Barrier
// (locks.c): each Python object owns the aio primitive, so Python tasks and C++ tasks
// block on the same runtime waiter futures ("Lock.acquire"...) with aio's CPython semantics.
#include <memory>
#include <variant>

#include "aio/errors.hpp"
#include "aio/locks.hpp"
#include "asyncio/locks.h"
#include "asyncio/primitives.h"
#include "asyncio/primitives.hpp"

using namespace loopscope::python;

namespace {

// The runtime objects behind the Python ones (owned through PyOwned).
template <class P> struct Owned final : PyOwned {
    template <class... A> explicit Owned(A&&... args) : prim(std::forward<A>(args)...) {}
    P prim;
};

template <class P> P& prim(void* p) { return static_cast<Owned<P>*>(static_cast<PyOwned*>(p))->prim; }

template <class P, class... A> lsb_error_t make(void** out, A&&... args) {
    try {
        auto owned = std::make_unique<Owned<P>>(std::forward<A>(args)...);
        *out = static_cast<PyOwned*>(owned.release());
        return ok();
    } catch (...) { return current_error(); }
}

template <class Op, class... A> lsb_error_t make_op(void** out, A&&... args) {
    try {
        auto op = std::make_unique<PyOperationOf<Op>>(std::forward<A>(args)...);
        *out = static_cast<PyOwned*>(op.release());
        return ok();
    } catch (...) { return current_error(); }
}

aio::FutureBase& waiter_of(void* w) { return *static_cast<aio::FutureBase*>(w); }

// A Semaphore or a BoundedSemaphore (no virtual destructor in aio: kept in a variant).
struct OwnedSemaphore final : PyOwned {
    OwnedSemaphore(long value, bool bounded) {
        if (bounded)
            sem = &kind.emplace<aio::BoundedSemaphore>(value);
        else
            sem = &kind.emplace<aio::Semaphore>(value);
    }
    std::variant<std::monostate, aio::Semaphore, aio::BoundedSemaphore> kind;
    aio::Semaphore* sem = nullptr;
};

aio::Semaphore& sem(void* p) { return *static_cast<OwnedSemaphore*>(static_cast<PyOwned*>(p))->sem; }

// aio::BrokenBarrierError as asyncio.BrokenBarrierError (to_error asks this).
void* barrier_exception(const std::exception& e) noexcept {
    if (!dynamic_cast<const aio::BrokenBarrierError*>(&e)) return nullptr;
    std::string_view what = e.what();
    return lsp_barrier_exception(what.data(), what.size());
}
const bool barrier_errors_registered = add_error_translator(barrier_exception);

}  // namespace

extern "C" {

// ---- Lock ----------------------------------------------------------------------------------

lsb_error_t lsb_lock_new(void** lock) { return make<aio::Lock>(lock); }
bool lsb_lock_locked(void* lock) { return prim<aio::Lock>(lock).locked(); }
size_t lsb_lock_waiters(void* lock) { return prim<aio::Lock>(lock).waiter_count(); }
size_t lsb_event_waiters(void* event) { return prim<aio::Event>(event).waiter_count(); }
size_t lsb_semaphore_waiters(void* semaphore) { return sem(semaphore).waiter_count(); }
size_t lsb_condition_waiters(void* condition) { return prim<aio::Condition>(condition).waiter_count(); }
lsb_error_t lsb_lock_release(void* lock) {
    return guarded([&] { prim<aio::Lock>(lock).release(); });
}
lsb_error_t lsb_lock_acquire_start(void* lock, void** waiter) {
    return guarded([&] { *waiter = hand_over(prim<aio::Lock>(lock).acquire_waiter()); });
}
lsb_error_t lsb_lock_acquire_finish(void* lock, void* waiter, void* thrown) {
    return guarded([&] { prim<aio::Lock>(lock).finish_acquire(waiter_of(waiter), thrown_error(thrown)); });
}

// ---- Event ---------------------------------------------------------------------------------

lsb_error_t lsb_event_new(void** event) { return make<aio::Event>(event); }
bool lsb_event_is_set(void* event) { return prim<aio::Event>(event).is_set(); }
lsb_error_t lsb_event_set(void* event) {
    return guarded([&] { prim<aio::Event>(event).set(); });
}
void lsb_event_clear(void* event) { prim<aio::Event>(event).clear(); }
lsb_error_t lsb_event_wait_start(void* event, void** waiter) {
    return guarded([&] { *waiter = hand_over(prim<aio::Event>(event).wait_waiter()); });
}
lsb_error_t lsb_event_wait_finish(void* event, void* waiter, void* thrown) {
    return guarded([&] { prim<aio::Event>(event).finish_wait(waiter_of(waiter), thrown_error(thrown)); });
}

// ---- Semaphore / BoundedSemaphore ------------------------------------------------------------

lsb_error_t lsb_semaphore_new(long value, bool bounded, void** semaphore) {
    try {
        auto owned = std::make_unique<OwnedSemaphore>(value, bounded);
        *semaphore = static_cast<PyOwned*>(owned.release());
        return ok();
    } catch (...) { return current_error(); }
}
bool lsb_semaphore_locked(void* semaphore) { return sem(semaphore).locked(); }
long lsb_semaphore_value(void* semaphore) { return sem(semaphore).value(); }
lsb_error_t lsb_semaphore_release(void* semaphore) {
    return guarded([&] { sem(semaphore).release(); });
}
lsb_error_t lsb_semaphore_acquire_start(void* semaphore, void** waiter) {
    return guarded([&] { *waiter = hand_over(sem(semaphore).acquire_waiter()); });
}
lsb_error_t lsb_semaphore_acquire_finish(void* semaphore, void* waiter, void* thrown) {
    return guarded([&] { sem(semaphore).finish_acquire(waiter_of(waiter), thrown_error(thrown)); });
}

// ---- Condition -----------------------------------------------------------------------------

lsb_error_t lsb_condition_new(void* lock, void** condition) {
    return make<aio::Condition>(condition, prim<aio::Lock>(lock));
}
lsb_error_t lsb_condition_notify(void* condition, size_t n) {
    return guarded([&] { prim<aio::Condition>(condition).notify(n); });
}
lsb_error_t lsb_condition_notify_all(void* condition) {
    return guarded([&] { prim<aio::Condition>(condition).notify_all(); });
}
lsb_error_t lsb_condition_wait_op(void* condition, void** op) {
    return make_op<aio::Condition::Waiting>(op, prim<aio::Condition>(condition));
}

// ---- Barrier -------------------------------------------------------------------------------

lsb_error_t lsb_barrier_new(long parties, void** barrier) { return make<aio::Barrier>(barrier, parties); }
long lsb_barrier_parties(void* barrier) { return prim<aio::Barrier>(barrier).parties(); }
long lsb_barrier_n_waiting(void* barrier) { return prim<aio::Barrier>(barrier).n_waiting(); }
bool lsb_barrier_broken(void* barrier) { return prim<aio::Barrier>(barrier).broken(); }
const char* lsb_barrier_state(void* barrier) { return prim<aio::Barrier>(barrier).state_name(); }
lsb_error_t lsb_barrier_wait_op(void* barrier, void** op) {
    return make_op<aio::Barrier::Waiting>(op, prim<aio::Barrier>(barrier));
}
lsb_error_t lsb_barrier_change_op(void* barrier, bool abort, void** op) {
    return make_op<aio::Barrier::Changing>(op, prim<aio::Barrier>(barrier), abort);
}

}  // extern "C"
