// The awaitable that the blocking methods of asyncio's primitives and queues return (a coroutine in
// CPython): `await lock.acquire()`, `create_task(q.get())`, `gather(ev.wait(), ...)`.
//
// Each step of the operation either yields the Future object of a runtime future, on which the
// task then waits (the trace shows "Lock.acquire", "Queue.get"...), or ends with the operation's
// result. An exception thrown into the awaiting coroutine (the task's CancelledError) is passed to
// the operation, which cleans up as CPython's coroutine does and raises it again.
#ifndef LOOPSCOPE_ASYNCIO_WAIT_OP_H
#define LOOPSCOPE_ASYNCIO_WAIT_OP_H

#include "asyncio_module.h"
#include "py/runtime.h"

typedef struct _lsp_wait_op_t lsp_wait_op_t;

// One step: `waiter` is the runtime future the operation waited on (NULL on the first step) and
// `thrown` the exception thrown in meanwhile (MP_OBJ_NULL if it was simply resumed). Returns
// lsp_wait_op_wait(op, future) to wait again, lsp_wait_op_return(value) to end; raises to fail.
typedef mp_obj_t (*lsp_wait_step_t)(lsp_wait_op_t* op, void* waiter, mp_obj_t thrown);

struct _lsp_wait_op_t {
    mp_obj_base_t base;
    lsp_wait_step_t step;
    mp_obj_t target;  // the primitive or queue object (kept alive while the operation runs)
    mp_obj_t arg;     // what else the operation needs (put's item, wait_for's predicate...)
    mp_obj_t waiter;  // the Future object waited on, MP_OBJ_NULL when not waiting
    void* state;      // a runtime state machine (lsb_op_*) or NULL; freed by the finaliser
    uint8_t phase;    // new, running or over
};

// A new operation. with_state: it will keep a runtime state machine in `state` (needs a finaliser).
mp_obj_t lsp_wait_op_new(lsp_wait_step_t step, mp_obj_t target, mp_obj_t arg, bool with_state);
// For a step to return: wait on `future` (a +1 reference from the bridge, adopted here). If its
// Future object cannot be made (MemoryError), the step runs again with that error thrown in, to
// clean up, and the error is raised.
mp_obj_t lsp_wait_op_wait(lsp_wait_op_t* op, void* future);
// For a step to return: the operation is over with `value`.
static inline mp_obj_t lsp_wait_op_return(mp_obj_t value) { return mp_make_stop_iteration(value); }
bool lsp_is_wait_op(mp_obj_t obj);

// An awaitable that is over at once with None (what __aexit__ returns once it has released).
extern const mp_obj_base_t lsp_done_awaitable_obj;

// The runtime object of a primitive or queue object (its native part, also for Python subclasses).
typedef struct {
    mp_obj_base_t base;
    void* owned;    // the runtime object (lsb_*_new), handed back by the finaliser
    mp_obj_t lock;  // Condition: its Lock object
} lsp_primitive_obj_t;

void* lsp_primitive(mp_obj_t self_in);
// A new primitive object of `type` owning `owned` (with the finaliser that hands it back).
mp_obj_t lsp_primitive_new(const mp_obj_type_t* type, void* owned);
// The __del__ method every primitive type lists.
MP_DECLARE_CONST_FUN_OBJ_1(lsp_primitive_del_obj);

// The classes (listed in modasyncio.c's globals table).
extern const mp_obj_type_t lsp_type_QueueEmpty;
extern const mp_obj_type_t lsp_type_QueueFull;
extern const mp_obj_type_t lsp_type_BrokenBarrierError;
extern const mp_obj_type_t lsp_type_Lock;
extern const mp_obj_type_t lsp_type_Event;
extern const mp_obj_type_t lsp_type_Condition;
extern const mp_obj_type_t lsp_type_Semaphore;
extern const mp_obj_type_t lsp_type_BoundedSemaphore;
extern const mp_obj_type_t lsp_type_Barrier;
extern const mp_obj_type_t lsp_type_Queue;
extern const mp_obj_type_t lsp_type_LifoQueue;
extern const mp_obj_type_t lsp_type_PriorityQueue;

#endif
