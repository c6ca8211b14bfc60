// Worker threads in the browser are Web Workers: std::thread needs a pre-started pthread pool
// (PTHREAD_POOL_SIZE=4) when the main thread blocks, so the default executor is capped at 4.
#include "../executor_internal.hpp"

namespace aio::detail {

void name_worker_thread(const std::string&) noexcept {}

int max_worker_threads() noexcept { return 4; }

}  // namespace aio::detail
