// libFuzzer target: the Python compiler entry (lexer, parser, compiler; no code runs) on any source,
// with the step watchdog armed as in a run: whatever the input, compiling ends - with code, a
// SyntaxError, a MemoryError, a RecursionError or StepLimitExceeded - and never crashes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <vector>

extern "C" {
#include "interp.h"
#include "py/nlr.h"
#include "watchdog.h"
}

namespace {

constexpr std::size_t kHeap = 8u << 20;
constexpr std::size_t kPystack = 256u << 10;

void start_interpreter(void* stack_top) {
    static std::vector<char> heap(kHeap), pystack(kPystack);
    lsp_init_t config{};
    config.heap = heap.data();
    config.heap_size = kHeap;
    config.heap_cap = kHeap * 4;
    config.pystack = pystack.data();
    config.pystack_size = kPystack;
    config.stack_top = stack_top;
    config.stack_limit = 256u << 10;  // as in the page: far less C stack than natively
    config.argv0 = "fuzz";
    lsp_init(&config);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static bool started = false;
    static unsigned runs = 0;
    int here = 0;
    if (!started) {
        start_interpreter(&here);
        started = true;
    }
    lsp_set_stack_top(&here);
    lsp_watchdog_arm(2.0);  // a compile running longer than this is stopped (StepLimitExceeded)
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        lsp_compile_main(reinterpret_cast<const char*>(data), size, "<fuzz>");
        nlr_pop();
    }
    // The heap holds what each compile left: a fresh interpreter now and then (collections need the
    // engine's safe points).
    if (++runs % 64 == 0) {
        lsp_deinit();
        start_interpreter(&here);
    } else {
        lsp_collect();
    }
    return 0;
}
