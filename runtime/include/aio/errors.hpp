// The exceptions of asyncio (CPython Lib/asyncio/exceptions.py), as C++ types.
//
// CancelledError deliberately does not derive from std::exception: in Python it is a
// BaseException, so `except Exception` does not swallow it; here `catch (const std::exception&)`
// does not swallow it either. Catch it by name, clean up, and rethrow.
#pragma once
#include <exception>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace aio {

// The operation (task, future, wait) was cancelled.
class CancelledError {
public:
    CancelledError() = default;
    explicit CancelledError(std::optional<std::string> message) : message_(std::move(message)) {}

    // The message given to cancel(msg), if any.
    const std::optional<std::string>& message() const noexcept { return message_; }
    const char* what() const noexcept { return message_ ? message_->c_str() : ""; }

private:
    std::optional<std::string> message_;
};

// Misuse of the loop or of a coroutine (Python's RuntimeError).
class RuntimeError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A deadline passed: wait_for, timeout(), wait(timeout) (Python's builtin TimeoutError).
class TimeoutError : public std::runtime_error {
public:
    TimeoutError() : std::runtime_error("") {}
    using std::runtime_error::runtime_error;
};

// A Future or Task was used in a state that does not allow the call, e.g. result() while pending.
class InvalidStateError : public std::logic_error {
public:
    using std::logic_error::logic_error;
};

// Queue.get_nowait() on an empty queue.
class QueueEmpty : public std::runtime_error {
public:
    QueueEmpty() : std::runtime_error("") {}
};

// Queue.put_nowait() on a full queue.
class QueueFull : public std::runtime_error {
public:
    QueueFull() : std::runtime_error("") {}
};

// A Barrier was reset or aborted while tasks were waiting on it.
class BrokenBarrierError : public RuntimeError {
public:
    BrokenBarrierError() : RuntimeError("Barrier aborted") {}
    using RuntimeError::RuntimeError;
};

// A BoundedSemaphore was released more often than acquired (Python's ValueError).
class ValueError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

// StreamReader.readexactly() hit EOF first (Python's IncompleteReadError, an EOFError).
class IncompleteReadError : public std::runtime_error {
public:
    IncompleteReadError(std::string partial, std::size_t expected)
        : std::runtime_error(std::to_string(partial.size()) + " bytes read on a total of " +
                             std::to_string(expected) + " expected bytes"),
          partial_(std::move(partial)),
          expected_(expected) {}
    const std::string& partial() const noexcept { return partial_; }
    std::size_t expected() const noexcept { return expected_; }

private:
    std::string partial_;
    std::size_t expected_;
};

// A line or separator-terminated read exceeded the stream's buffer limit.
class LimitOverrunError : public std::runtime_error {
public:
    LimitOverrunError(const std::string& what, std::size_t consumed)
        : std::runtime_error(what), consumed_(consumed) {}
    std::size_t consumed() const noexcept { return consumed_; }

private:
    std::size_t consumed_;
};

// Several exceptions raised together: what a TaskGroup raises when its tasks failed (Python's
// ExceptionGroup / BaseExceptionGroup). what() is "<message> (N sub-exception[s])" as str(eg).
class ExceptionGroup : public std::exception {
public:
    ExceptionGroup(std::string message, std::vector<std::exception_ptr> exceptions)
        : message_(std::move(message)), exceptions_(std::move(exceptions)) {
        const auto n = exceptions_.size();
        what_ = message_ + " (" + std::to_string(n) + (n == 1 ? " sub-exception)" : " sub-exceptions)");
    }
    const char* what() const noexcept override { return what_.c_str(); }
    const std::string& message() const noexcept { return message_; }
    const std::vector<std::exception_ptr>& exceptions() const noexcept { return exceptions_; }

private:
    std::string message_;
    std::string what_;
    std::vector<std::exception_ptr> exceptions_;
};

// The text of an exception_ptr: what() for std::exception, the message for CancelledError.
std::string describe_exception(const std::exception_ptr& e);

// True if `e` holds a CancelledError (false for null).
bool is_cancelled_error(const std::exception_ptr& e);

}  // namespace aio
