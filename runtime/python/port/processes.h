// The process lanes of the trace (port/processes.c → src/session_threads.cpp): a multiprocessing
// process is one job of a pseudo-executor whose "worker" is the process's pid, so the playground
// draws a lane per process ("process 1001 (Process-1)") beside the executors' worker lanes.
#pragma once
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// The executor id of the process lanes (just below the Python pools' ids, lsb_new_executor_id).
#define LSB_PROCESS_LANES_EXECUTOR ((uint64_t)1 << 24)

// A process started: traces executor_queued (text = its name, arg = pid); returns the lane's job id.
uint64_t lsb_process_trace_started(uint32_t pid, const char* name, size_t name_len);
// It ended after `ran` seconds: executor_started and executor_finished (arg = pid, value = ran).
// From any thread: events of other threads are recorded by the main thread (the sink is not
// thread-safe) at its next loop iteration, write or the end of the run.
void lsb_process_trace_ended(uint64_t job, uint32_t pid, double ran);

#ifdef __cplusplus
}  // extern "C"
#endif
