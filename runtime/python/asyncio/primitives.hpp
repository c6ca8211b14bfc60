// What the C++ halves of asyncio's primitives (locks.cpp) and queues (queues.cpp) share:
// runtime objects owned by Python objects, errors, and the state machines of multi-step operations.
#pragma once
#include <exception>
#include <utility>

#include "aio/future.hpp"
#include "bridge.h"
#include "asyncio/binding.hpp"
#include "py_objects.hpp"

namespace loopscope::python {

// Runtime objects a Python object owns (a lock, a queue, an operation in progress) are PyOwned
// (py_objects.hpp): deleted at the next safe point after their owner is finalised
// (lsb_owned_finalised, bridge.h).

// What was thrown into the waiting coroutine (a Python exception object, or null) for finish().
std::exception_ptr thrown_error(void* thrown);

// A multi-step operation (start() / resume(), see aio/locks.hpp) owned by its Python awaitable.
class PyOperation : public PyOwned {
public:
    virtual aio::Ref<aio::FutureBase> start() = 0;
    virtual aio::Ref<aio::FutureBase> resume(std::exception_ptr error) = 0;
    // The result, for operations that give a number (Barrier.wait's index).
    virtual long result() const noexcept { return 0; }
};

template <class Op> class PyOperationOf final : public PyOperation {
public:
    template <class... A> explicit PyOperationOf(A&&... args) : op_(std::forward<A>(args)...) {}
    aio::Ref<aio::FutureBase> start() override { return op_.start(); }
    aio::Ref<aio::FutureBase> resume(std::exception_ptr error) override {
        return op_.resume(std::move(error));
    }
    long result() const noexcept override {
        if constexpr (requires(const Op& o) { o.index(); })
            return op_.index();
        else
            return 0;
    }

private:
    Op op_;
};

}  // namespace loopscope::python
