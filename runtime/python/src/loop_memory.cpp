#include "loop_memory.hpp"

#include <cstdio>
#include <cstring>

namespace loopscope::python {

// New loop objects stop a sixteenth short of the cap: the heap keeps that much to grow by, so that a
// task bomb's MemoryError comes from the line that creates tasks, not from inside the tasks it
// made (whose failures would free their memory and let the bomb go on), and the error can still be
// made and printed.
std::size_t loop_room_limit = 0;

namespace {
// Up to here the loop's objects may grow without another look at the heap (see below).
std::size_t room_until = 0;
bool exhausted = false;
const void* ending_loop = nullptr;  // its callbacks are dropped (ends_run_for_memory)
std::size_t failed_at = 0;          // the loop's bytes at the failed check
std::size_t failed_in_use = 0;      // and the heap's
std::size_t collected_areas = 0;    // the heap's areas when the last check requested a collection

std::string mib(std::size_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.0f MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return text;
}
[[noreturn]] void throw_exhausted(std::size_t in_use) {
    throw LoopMemoryError("the event loop's pending tasks, futures and callbacks hold " +
                          mib(lsp_loop_bytes) + " and the heap " + mib(in_use) +
                          " of the run's memory cap of " + mib(lsp_memory_cap()));
}
}  // namespace

bool loop_memory_exhausted() noexcept { return exhausted; }

bool ends_run_for_memory(void* exception, const void* loop) noexcept {
    if (!exhausted || std::strcmp(lsp_type_name(exception), "MemoryError") != 0) return false;
    ending_loop = loop;
    return true;
}

bool callback_dropped(const void* loop) noexcept { return loop == ending_loop; }

void reset_loop_room() noexcept {
    room_until = 0;
    collected_areas = 0;
    exhausted = false;
    ending_loop = nullptr;
    loop_room_limit = lsp_memory_cap() - lsp_memory_cap() / 16;
}

// The heap's areas may be mostly garbage that the next collection frees: what counts is what is in
// use. Measuring that scans the heap's allocation table, so a check that passes grants half of the
// room it found before the next measure; a collection it requests gives empty areas back.
void loop_room_check(std::size_t bytes) {
    const std::size_t wanted = lsp_loop_bytes + bytes;
    if (wanted <= room_until) return;
    // Once used up, the loop's objects must shrink by a sixteenth of the cap before the next
    // measure: the callbacks still queued then fail at once, not after a scan each.
    if (exhausted && wanted + lsp_memory_cap() / 16 > failed_at) throw_exhausted(failed_in_use);
    const std::size_t in_use = lsp_heap_in_use();
    if (wanted + in_use <= loop_room_limit) {
        room_until = wanted + (loop_room_limit - wanted - in_use) / 2;
        exhausted = false;
        ending_loop = nullptr;
        // Only worth its cost (every live object and root is marked) if the areas hold much garbage,
        // and once per size of the areas: when one collection did not give areas back, the next
        // one would not either (fragments of live objects keep them).
        const std::size_t areas = lsp_heap_total();
        if (areas - in_use >= lsp_memory_cap() / 16 && areas != collected_areas) {
            collected_areas = areas;
            lsb_request_collect();
        }
        return;
    }
    room_until = 0;
    exhausted = true;
    failed_at = wanted;
    failed_in_use = in_use;
    throw_exhausted(in_use);
}

}  // namespace loopscope::python
