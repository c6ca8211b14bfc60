// asyncio's queues (queues.c: Queue, PriorityQueue, LifoQueue, QueueEmpty, QueueFull;
// queues.cpp: one aio::BasicQueue<PyRef, PyStore> each, items are GC roots).
#pragma once
#include "bridge.h"

#ifdef __cplusplus
extern "C" {
#endif

// ---- C++ (queues.cpp) ----
// Queues. kind: 0 Queue (FIFO), 1 LifoQueue, 2 PriorityQueue (items ordered by Python's `<`).
lsb_error_t lsb_queue_new(int kind, long maxsize, void** queue);
size_t lsb_queue_qsize(void* queue);
// For reprs: a new list of the items in storage order, the waiting getters and putters, the
// unfinished count.
lsb_error_t lsb_queue_state(void* queue, void** items, size_t* getters, size_t* putters, long* unfinished);
long lsb_queue_maxsize(void* queue);
bool lsb_queue_empty(void* queue);
bool lsb_queue_full(void* queue);
lsb_error_t lsb_queue_put_nowait(void* queue, void* item);
lsb_error_t lsb_queue_get_nowait(void* queue, void** item);
lsb_error_t lsb_queue_task_done(void* queue);
// get(): while *_start gives a future, wait and *_finish; then get_nowait (put: put_nowait).
lsb_error_t lsb_queue_get_start(void* queue, void** waiter);
lsb_error_t lsb_queue_get_finish(void* queue, void* waiter, void* thrown);
lsb_error_t lsb_queue_put_start(void* queue, void** waiter);
lsb_error_t lsb_queue_put_finish(void* queue, void* waiter, void* thrown);
lsb_error_t lsb_queue_join_start(void* queue, void** waiter);
lsb_error_t lsb_queue_join_finish(void* queue, void* waiter, void* thrown);

// ---- C (queues.c) ----
// asyncio.QueueFull() (full) or QueueEmpty(); the MemoryError if it could not be made.
void* lsp_queue_exception(bool full);
// a < b with Python semantics: NULL and *less set, or the exception it raised.
void* lsp_less(void* a, void* b, bool* less);

#ifdef __cplusplus
}  // extern "C"
#else  // The MicroPython side (C only).

#include "asyncio/binding.h"

extern const mp_obj_type_t lsp_type_Queue;
extern const mp_obj_type_t lsp_type_LifoQueue;
extern const mp_obj_type_t lsp_type_PriorityQueue;
extern const mp_obj_type_t lsp_type_QueueEmpty;
extern const mp_obj_type_t lsp_type_QueueFull;

#define LSP_ASYNCIO_GLOBALS_QUEUES(X)                     \
    X(Queue, MP_ROM_PTR(&lsp_type_Queue))                 \
    X(PriorityQueue, MP_ROM_PTR(&lsp_type_PriorityQueue)) \
    X(LifoQueue, MP_ROM_PTR(&lsp_type_LifoQueue))         \
    X(QueueEmpty, MP_ROM_PTR(&lsp_type_QueueEmpty))       \
    X(QueueFull, MP_ROM_PTR(&lsp_type_QueueFull))

#endif
