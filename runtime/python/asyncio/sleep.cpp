// The C++ half of asyncio.sleep (sleep.c): a SleepFuture that a loop timer completes.
#include "asyncio/sleep.h"

#include "asyncio/binding.hpp"
#include "py_objects.hpp"

using namespace loopscope::python;

extern "C" {

lsb_error_t lsb_sleep_future(double delay, void** future) {
    try {
        aio::EventLoop& loop = aio::get_running_loop();
        *future = hand_over(new SleepFuture(loop, delay));
        return ok();
    } catch (...) { return current_error(); }
}

}  // extern "C"
