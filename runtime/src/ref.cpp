// Deleting reference-counted loop objects without recursion (include/aio/detail/ref.hpp).
#include <vector>

#include "aio/detail/ref.hpp"

namespace aio::detail {

namespace {
// The objects released to zero while a destructor runs on this thread, waiting for their turn.
thread_local bool destroying = false;
thread_local std::vector<RefCounted*> waiting;
}  // namespace

void RefCounted::destroy(RefCounted* self) noexcept {
    if (destroying) {
        waiting.push_back(self);
        return;
    }
    destroying = true;
    delete self;
    while (!waiting.empty()) {
        RefCounted* next = waiting.back();
        waiting.pop_back();
        delete next;
    }
    destroying = false;
}

}  // namespace aio::detail
