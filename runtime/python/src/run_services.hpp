// What the runtime objects of a run (py_objects: tasks and callbacks; host_wait: the loop runs a
// hosted main program waits for) ask of the run they belong to, without knowing the Session that
// owns them: session.cpp defines these, each acting on the run in progress. So the engine's units
// stack without a circle: py_ref <- py_objects <- host_wait <- session, all below this header.
#pragma once
#include <memory>

namespace aio {
class EventLoop;
class FutureBase;
}  // namespace aio

namespace loopscope::python {

class HostWait;

// A safe point (Session::safe_point): may collect.
void run_safe_point();
// A task or callback raised what ends the run (KeyboardInterrupt, SystemExit, MemoryError): the
// loop was stopped, and the blocking call that ran it raises `exception` instead of its own error.
void run_set_escape(void* exception);
// Takes that exception back (null: none, or no run in progress).
void* run_take_escape() noexcept;
// `task` of `loop` failed (or a future got an exception): with a Python exception handler or
// logging imported, its "Task exception was never retrieved" report is the script's output, so
// the next safe point collects; a task the script already let go of is reported at a safe point once the runtime
// lets go of it too.
void run_task_failed(aio::EventLoop& loop, aio::FutureBase& task);
// asyncio.run's main task is over: the lost-task pitfall (Session::find_lost_tasks).
void run_find_lost_tasks(aio::EventLoop& loop);
// Host mode: the suspended main program waits for `wait`.
void run_begin_host_wait(std::unique_ptr<HostWait> wait);

}  // namespace loopscope::python
