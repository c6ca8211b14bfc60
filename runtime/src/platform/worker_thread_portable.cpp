// Worker threads where there is no way to name them (other systems): CPython's cap only.
#include "../executor_internal.hpp"

namespace aio::detail {

void name_worker_thread(const std::string&) noexcept {}

int max_worker_threads() noexcept { return 32; }

}  // namespace aio::detail
