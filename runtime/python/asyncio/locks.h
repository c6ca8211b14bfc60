// asyncio's synchronization primitives (locks.c: Lock, Event, Condition, Semaphore,
// BoundedSemaphore, Barrier; locks.cpp: the aio primitives they own). Blocking methods return
// the native awaitable of asyncio/awaitable.h; ownership and errors: asyncio/primitives.h.
#pragma once
#include "bridge.h"

#ifdef __cplusplus
extern "C" {
#endif

// ---- C++ (locks.cpp) ----
lsb_error_t lsb_lock_new(void** lock);
// How many waiters each primitive has (CPython's len(_waiters), for reprs).
size_t lsb_lock_waiters(void* lock);
size_t lsb_event_waiters(void* event);
size_t lsb_semaphore_waiters(void* semaphore);
size_t lsb_condition_waiters(void* condition);
bool lsb_lock_locked(void* lock);
lsb_error_t lsb_lock_release(void* lock);
lsb_error_t lsb_lock_acquire_start(void* lock, void** waiter);
lsb_error_t lsb_lock_acquire_finish(void* lock, void* waiter, void* thrown);

lsb_error_t lsb_event_new(void** event);
bool lsb_event_is_set(void* event);
lsb_error_t lsb_event_set(void* event);
void lsb_event_clear(void* event);
lsb_error_t lsb_event_wait_start(void* event, void** waiter);
lsb_error_t lsb_event_wait_finish(void* event, void* waiter, void* thrown);

lsb_error_t lsb_semaphore_new(long value, bool bounded, void** semaphore);
bool lsb_semaphore_locked(void* semaphore);
long lsb_semaphore_value(void* semaphore);
lsb_error_t lsb_semaphore_release(void* semaphore);
lsb_error_t lsb_semaphore_acquire_start(void* semaphore, void** waiter);
lsb_error_t lsb_semaphore_acquire_finish(void* semaphore, void* waiter, void* thrown);

// A condition over `lock` (a runtime lock from lsb_lock_new, which must outlive it).
lsb_error_t lsb_condition_new(void* lock, void** condition);
lsb_error_t lsb_condition_notify(void* condition, size_t n);
lsb_error_t lsb_condition_notify_all(void* condition);
lsb_error_t lsb_condition_wait_op(void* condition, void** op);

lsb_error_t lsb_barrier_new(long parties, void** barrier);
long lsb_barrier_parties(void* barrier);
long lsb_barrier_n_waiting(void* barrier);
bool lsb_barrier_broken(void* barrier);
const char* lsb_barrier_state(void* barrier);               // "filling", "draining", "resetting", "broken"
lsb_error_t lsb_barrier_wait_op(void* barrier, void** op);  // lsb_op_result: the arrival index
lsb_error_t lsb_barrier_change_op(void* barrier, bool abort, void** op);  // reset() / abort()

// ---- C (locks.c) ----
// asyncio.BrokenBarrierError(message); the MemoryError if it could not be made.
void* lsp_barrier_exception(const char* message, size_t len);

#ifdef __cplusplus
}  // extern "C"
#else  // The MicroPython side (C only).

#include "asyncio/binding.h"

extern const mp_obj_type_t lsp_type_Lock;
extern const mp_obj_type_t lsp_type_Event;
extern const mp_obj_type_t lsp_type_Condition;
extern const mp_obj_type_t lsp_type_Semaphore;
extern const mp_obj_type_t lsp_type_BoundedSemaphore;
extern const mp_obj_type_t lsp_type_Barrier;
extern const mp_obj_type_t lsp_type_BrokenBarrierError;

#define LSP_ASYNCIO_GLOBALS_LOCKS(X)                            \
    X(Lock, MP_ROM_PTR(&lsp_type_Lock))                         \
    X(Event, MP_ROM_PTR(&lsp_type_Event))                       \
    X(Condition, MP_ROM_PTR(&lsp_type_Condition))               \
    X(Semaphore, MP_ROM_PTR(&lsp_type_Semaphore))               \
    X(BoundedSemaphore, MP_ROM_PTR(&lsp_type_BoundedSemaphore)) \
    X(Barrier, MP_ROM_PTR(&lsp_type_Barrier))                   \
    X(BrokenBarrierError, MP_ROM_PTR(&lsp_type_BrokenBarrierError))
#define LSP_ASYNCIO_EXCEPTIONS_LOCKS(X) X(BrokenBarrierError, MP_ROM_PTR(&lsp_type_BrokenBarrierError))

#endif
