// HostWait: the loop run a suspended main program waits for, when a host owns the main loop (the
// browser, the desktop app; see port/main_program.c). A blocking entry point (asyncio.run,
// loop.run_until_complete, loop.run_forever) called in host mode arms one of these instead of
// running the loop; the host runs the loop in slices (ScriptRun::pump) and tells the wait when the
// loop stopped. The outcome is what the blocking call would have returned or raised.
#pragma once
#include <exception>
#include <memory>

#include "aio/future.hpp"
#include "aio/runners.hpp"
#include "bridge.h"
#include "py_ref.hpp"

namespace loopscope::python {

class PyTask;

class HostWait {
public:
    explicit HostWait(aio::EventLoop& loop) : loop_(&loop) {}
    virtual ~HostWait();
    HostWait(const HostWait&) = delete;
    HostWait& operator=(const HostWait&) = delete;

    aio::EventLoop& loop() noexcept { return *loop_; }
    // The loop reported stop(). True: the blocking call is over (value / error are set); false:
    // the loop must run again (the wait armed its next step).
    virtual bool loop_stopped() = 0;
    // Running the loop raised. True: the blocking call is over with that error; false: the loop
    // must run again (asyncio.run still closes its runner).
    virtual bool loop_failed(std::exception_ptr e);

    PyRef value;               // the call's result (None if unset)
    std::exception_ptr error;  // or what it raises

protected:
    // Makes the loop stop once `f` is done (run_until_complete's done callback).
    void stop_when_done(aio::Ref<aio::FutureBase> f);
    // After the stop: drops the callback; false if the loop stopped before `f` was done.
    bool target_done();
    aio::FutureBase* target() const noexcept { return target_.get(); }

private:
    aio::EventLoop* loop_;
    aio::Ref<aio::FutureBase> target_;
    aio::FutureBase::CallbackId callback_ = {};
    std::shared_ptr<bool> armed_;  // false once the stop callback no longer belongs to this wait
};

// loop.run_until_complete(f), f a future or a task of `loop`.
std::unique_ptr<HostWait> wait_until_complete(aio::EventLoop& loop, aio::Ref<aio::FutureBase> f);
// loop.run_forever(): until stop().
std::unique_ptr<HostWait> wait_forever(aio::EventLoop& loop);
// asyncio.run(main): the main task, then the runner's close sequence (Runner::next_close_wait).
// `closed` runs once the runner's close sequence is over (asyncio.run then clears the current loop).
std::unique_ptr<HostWait> wait_asyncio_run(aio::Runner& runner, aio::Ref<aio::FutureBase> main_task,
                                           void (*closed)());
// Runner.close(): the rest of the close sequence, `first` being its first loop run.
std::unique_ptr<HostWait> wait_runner_close(aio::Runner& runner, aio::Ref<aio::FutureBase> first);

// Hands `wait` to the session and returns LSB_SUSPEND: the main program suspends.
lsb_error_t suspend_main_program(std::unique_ptr<HostWait> wait);

}  // namespace loopscope::python
