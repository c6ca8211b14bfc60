// MicroPython's thread port (MICROPY_MPTHREADPORT_H): pthreads, one fair mutex type used for the GIL
// (and for `_thread` locks), and Loopscope's registry of the threads that run Python (threads.h).
#pragma once
#include <pthread.h>
#include <stdbool.h>

// The running thread's MicroPython state, inline: the VM reads it on every call and return
// (pystack, nlr), and a function call for a thread-local read cost more than the read.
#define MICROPY_MPTHREADPORT_INLINE_GET_STATE (1)
extern __thread struct _mp_state_thread_t* lsp_thread_state;
static inline struct _mp_state_thread_t* mp_thread_get_state(void) { return lsp_thread_state; }

// A mutex that a waiting thread really gets: after a holder kept it 5 ms while another thread
// waited, the holder's next unlock waits until the waiter took it (CPython's forced switching), so
// the VM's periodic GIL bounce lets other threads in instead of re-taking the lock at once. The
// main thread (the event loop's, the page's) and threads yet to start (Thread.start() waits for
// them) get the GIL before other waiters: behind 43 threads spinning in `while True: pass` each
// of its acquisitions waited its turn, seconds each.
typedef struct _mp_thread_mutex_t {
    pthread_mutex_t m;
    pthread_cond_t available;  // the lock was released
    pthread_cond_t switched;   // the lock changed hands
    unsigned long switches;    // times the lock was taken
    unsigned waiters;
    bool locked;
    bool drop_request;       // a waiter timed out: the next unlock hands the lock over
    unsigned first_waiters;  // the GIL: the main thread or threads yet to start wait, and go first
} mp_thread_mutex_t;
