#include "loopscope/python/engine.hpp"

#include <cstdlib>
#include <memory>
#include <string>

#include "interp.h"
#include "session.hpp"
#include "traceback.hpp"

namespace loopscope::python {

namespace {

struct FreeDeleter {
    void operator()(void* p) const noexcept { std::free(p); }
};
using Block = std::unique_ptr<void, FreeDeleter>;

RunResult failure(std::string type, std::string message) {
    RunResult r;
    r.ok = false;
    r.exit_code = 1;
    r.error_type = std::move(type);
    r.message = std::move(message);
    r.traceback = r.error_type + ": " + r.message + "\n";
    return r;
}

void append(void* ctx, const char* text, std::size_t len) { static_cast<std::string*>(ctx)->append(text, len); }

}  // namespace

RunResult Engine::run(std::string_view source, std::string_view filename) {
    if (Session::active()) return failure("RuntimeError", "the Python engine is already running a script");
    const EngineOptions& o = options_;
    std::size_t heap_size = std::min(o.initial_heap, o.heap_cap);
    std::size_t pystack_size = o.pystack_words * sizeof(void*);
    Block heap(std::malloc(heap_size));
    Block pystack(std::malloc(pystack_size));
    if (!heap || !pystack) return failure("MemoryError", "cannot allocate the Python heap");

    Session session(o, source, filename);
    std::string argv0(filename);
    // The C stack measure starts here: everything the interpreter does is below this frame.
    volatile char stack_top = 0;
    lsp_init_t config{};
    config.heap = heap.get();
    config.heap_size = heap_size;
    config.heap_cap = o.heap_cap;
    config.pystack = pystack.get();
    config.pystack_size = pystack_size;
    config.stack_top = const_cast<char*>(&stack_top);
    config.stack_limit = o.c_stack_limit;
    config.argv0 = argv0.c_str();
    lsp_init(&config);

    RunResult result;
    void* exc = lsp_exec(session.source().data(), session.source().size(), session.filename().c_str());
    if (exc) {
        int code = 0;
        std::string text;
        if (lsp_system_exit(exc, &code, append, &text)) {
            result.ok = code == 0;
            result.exit_code = code;
            result.error_type = "SystemExit";
            result.traceback = text;  // sys.exit("message") prints the message
        } else {
            describe_exception(exc, session.source(), session.filename(), result);
        }
    }
    if (o.trace && !result.traceback.empty()) {
        // The uncaught exception's traceback, as the trace's last stderr lines.
        session.flush_traced_output();
        session.trace_output(1, result.traceback);
    }
    session.teardown();
    return result;
}

}  // namespace loopscope::python
