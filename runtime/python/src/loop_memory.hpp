// The loop's own memory counts against the run's memory cap.
//
// Tasks, futures and the callbacks of call_soon / call_later handles are C++ objects outside
// MicroPython's heap. Each charges its size to lsp_loop_bytes (port/interp.h) while it lives, and
// the heap grows only while its areas and those bytes stay under the cap; the entry points that
// create one call ensure_loop_room() first, so a script that creates millions of them ends with
// MemoryError at the line that creates one instead of growing the process until the OS (or wasm's
// 1 GiB limit) kills it.
//
// Every charged object holds PyRefs, so it is made and destroyed under the GIL: a plain counter,
// no lock and no atomic, keeps the hot path as it was.
#pragma once
#include <cstddef>
#include <new>
#include <string>

#include "interp.h"

namespace loopscope::python {

// MemoryError with a message that says the loop's objects used the cap up (to_error maps it).
class LoopMemoryError : public std::bad_alloc {
public:
    explicit LoopMemoryError(std::string message) : message_(std::move(message)) {}
    const char* what() const noexcept override { return message_.c_str(); }

private:
    std::string message_;
};

// What an object of `size` bytes that holds `roots` PyRefs costs: the allocator's header and its
// root-table slots (a pointer and a free-list index, with the tables' spare capacity).
constexpr std::size_t loop_cost(std::size_t size, std::size_t roots) { return size + 16 + roots * 24; }

// A new run: its cap, and nothing measured yet.
void reset_loop_room() noexcept;
// The last check failed (reset by one that passes): a MemoryError that a callback or a task does
// not handle then ends the run as KeyboardInterrupt would (Session::set_escape) - the loop cannot
// make progress, and a callback that schedules more callbacks would otherwise go on forever.
bool loop_memory_exhausted() noexcept;
// `exception` (a Python exception a callback or task of `loop` raised) ends the run: see above.
// The callbacks still queued on `loop` are then dropped unrun (callback_dropped): millions of them,
// each failing on a full heap, would keep the run from ending.
bool ends_run_for_memory(void* exception, const void* loop) noexcept;
bool callback_dropped(const void* loop) noexcept;
// The slow half of ensure_loop_room (loop_memory.cpp).
void loop_room_check(std::size_t bytes);
// The cap less a reserve for the heap (loop_memory.cpp).
extern std::size_t loop_room_limit;

// Throws LoopMemoryError if `bytes` more of loop objects would take the run past its memory cap.
inline void ensure_loop_room(std::size_t bytes) {
    if (lsp_loop_bytes + bytes + lsp_heap_total() > loop_room_limit) loop_room_check(bytes);
}

// A member that charges `Bytes` while its owner lives: a copy or a move is a new owner and pays
// again, so every object of the owner's type is counted once, wherever it was moved to.
template <std::size_t Bytes> class LoopCharge {
public:
    LoopCharge() noexcept { lsp_loop_bytes += Bytes; }
    LoopCharge(const LoopCharge&) noexcept : LoopCharge() {}
    LoopCharge& operator=(const LoopCharge&) noexcept { return *this; }
    ~LoopCharge() { lsp_loop_bytes -= Bytes; }
};

}  // namespace loopscope::python
