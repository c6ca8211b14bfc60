// Worker threads on Linux: named after their executor (shown by debuggers and top; 15 characters).
#include <pthread.h>

#include "../executor_internal.hpp"

namespace aio::detail {

void name_worker_thread(const std::string& name) noexcept {
    pthread_setname_np(pthread_self(), name.substr(0, 15).c_str());
}

int max_worker_threads() noexcept { return 32; }  // CPython's own cap: min(32, cpus + 4)

}  // namespace aio::detail
