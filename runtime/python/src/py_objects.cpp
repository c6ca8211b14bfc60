#include "py_objects.hpp"

#include "exceptiongroup.h"
#include "interp.h"
#include "run_services.hpp"
#include "contextvars.h"
#include "task_location.h"
#include "watchdog.h"

namespace loopscope::python {

PyException::PyException(void* obj) : obj_(obj), type_name_(lsp_type_name(obj)) {}

PyCancelledError::PyCancelledError(void* obj) : obj_(obj) {}

namespace {
std::vector<ErrorTranslator>& error_translators() {
    static std::vector<ErrorTranslator> translators;
    return translators;
}
}  // namespace

bool add_error_translator(ErrorTranslator translator) noexcept {
    try {
        error_translators().push_back(translator);
        return true;
    } catch (...) { return false; }
}

lsb_error_t to_error(const std::exception_ptr& e, std::string& buffer) noexcept {
    lsb_error_t out{};
    auto text = [&](lsb_error_kind_t kind, const char* what, bool has = true) {
        out.kind = kind;
        out.has_message = has;
        try {
            buffer = what;
        } catch (...) { buffer.clear(); }
        out.message = buffer.c_str();
        out.message_len = buffer.size();
        return out;
    };
    try {
        std::rethrow_exception(e);
    } catch (const PyCancelledError& x) {
        out.kind = LSB_PY_OBJECT;
        out.object = x.object();
    } catch (const aio::CancelledError& x) {
        return text(LSB_CANCELLED, x.message() ? x.message()->c_str() : "", x.message().has_value());
    } catch (const PyException& x) {
        out.kind = LSB_PY_OBJECT;
        out.object = x.object();
    } catch (const aio::InvalidStateError& x) {
        return text(LSB_INVALID_STATE, x.what());
    } catch (const aio::TimeoutError& x) {
        return text(LSB_TIMEOUT, x.what(), *x.what() != '\0');
    } catch (const aio::ValueError& x) {
        return text(LSB_VALUE, x.what());
    } catch (const aio::ExceptionGroup& x) {
        // A TaskGroup's errors: Python's (Base)ExceptionGroup of the Python exceptions.
        std::vector<void*> items;
        for (const auto& e : x.exceptions()) {
            void* item = to_python_exception(e);
            if (!item) {
                out.kind = LSB_MEMORY;
                return out;
            }
            items.push_back(item);
        }
        out.kind = LSB_PY_OBJECT;
        out.object =
            lsp_new_exception_group(x.message().data(), x.message().size(), items.data(), items.size());
        if (!out.object) out.kind = LSB_MEMORY;
    } catch (const LoopMemoryError& x) { return text(LSB_MEMORY, x.what()); } catch (const std::bad_alloc&) {
        out.kind = LSB_MEMORY;
    } catch (const std::exception& x) {
        for (ErrorTranslator translate : error_translators()) {  // ConnectionError, QueueEmpty...
            if (void* obj = translate(x)) {
                out.kind = LSB_PY_OBJECT;
                out.object = obj;
                return out;
            }
        }
        return text(LSB_RUNTIME, x.what());
    } catch (...) { return text(LSB_RUNTIME, "unknown C++ exception"); }
    if (out.kind == LSB_PY_OBJECT && out.object == nullptr) {
        // A Python exception that outlived its run cannot be shown as itself.
        return text(LSB_RUNTIME, "exception from a finished run");
    }
    return out;
}

void* to_python_exception(const std::exception_ptr& e) noexcept {
    std::string buffer;
    lsb_error_t err = to_error(e, buffer);
    if (err.kind == LSB_PY_OBJECT) return err.object;
    return lsp_make_exception(&err);
}

std::exception_ptr from_python_exception(void* obj) {
    if (lsp_is_cancelled_error(obj)) return std::make_exception_ptr(PyCancelledError(obj));
    return std::make_exception_ptr(PyException(obj));
}

std::exception_ptr escaped_or(std::exception_ptr error) {
    void* escaped = run_take_escape();
    return escaped ? from_python_exception(escaped) : error;
}

PyBacked* backed(aio::FutureBase* f) noexcept {
    return f ? static_cast<PyBacked*>(f->host_object()) : nullptr;
}

void PyFuture::set_result(void* obj) {
    if (done()) throw_invalid_state("set_result");
    value.reset(obj);
    finish_with_result();
}

SleepFuture::SleepFuture(aio::EventLoop& loop, double delay) : PyFuture(loop) {
    set_label("sleep");
    value.reset(lsp_none());
    // The timer's callback points at this future without owning it: the future cancels the timer
    // when it is cancelled or destroyed, so the callback never sees a dead future.
    timer_ = loop.call_later(delay, [this] {
        if (!done()) finish_with_result();
    });
}

bool SleepFuture::cancel(std::optional<std::string> message) {
    timer_.cancel();
    return PyFuture::cancel(std::move(message));
}

const std::size_t PyFuture::cost = loop_cost(sizeof(PyFuture), 1);
const std::size_t PyTask::cost = loop_cost(sizeof(PyTask), 3);
const std::size_t PyGather::cost = loop_cost(sizeof(PyGather), 1);

PyTask::PyTask(aio::EventLoop& loop, void* coro, std::size_t name_size, std::string&& name, void* context)
    : TaskBase(loop, std::move(name)), coro_(coro), context_(context), charged_(cost + name_size) {
    set_label("Task");
    start();
    lsp_loop_bytes += charged_;  // after what may throw: the destructor gives it back
}

PyTask::Resumed PyTask::resume(std::exception_ptr* exception) {
    run_safe_point();
    std::string buffer;
    lsb_error_t thrown{};
    if (exception) thrown = to_error(*exception, buffer);
    void* out = nullptr;
    void* running = coro();
    if (!running) {
        raised_ = std::make_exception_ptr(aio::RuntimeError("cannot reuse already awaited coroutine"));
        return {Resumed::Kind::raised};
    }
    // The step runs in the task's context; a context the step made (its first ContextVar.set()
    // when it had none) stays the task's.
    void* own_context = context_.empty() ? nullptr : context_.get();  // usually empty: no lookup
    void* caller_context = lsp_context_swap(own_context);
    const unsigned long long branches_before = lsp_watchdog_branches();
    lsp_resume_kind_t resumed = lsp_resume(running, exception ? &thrown : nullptr, &out);
    step_branches_ = static_cast<double>(lsp_watchdog_branches() - branches_before);
    void* step_context = lsp_context_swap(caller_context);
    if (step_context != own_context) [[unlikely]]
        context_.reset(step_context);
    return resumed_as(resumed, out);
}

PyTask::Resumed PyTask::resume_preempted() {
    void* own_context = context_.empty() ? nullptr : context_.get();
    void* caller_context = lsp_context_swap(own_context);
    const unsigned long long branches_before = lsp_watchdog_branches();
    void* frame = preempted_frame_;
    preempted_frame_ = nullptr;
    void* out = nullptr;
    lsp_resume_kind_t resumed = lsp_resume_preempted(coro(), frame, &out);
    step_branches_ += static_cast<double>(lsp_watchdog_branches() - branches_before);
    void* step_context = lsp_context_swap(caller_context);
    if (step_context != own_context) [[unlikely]]
        context_.reset(step_context);
    return resumed_as(resumed, out);
}

PyTask::Resumed PyTask::resumed_as(int resumed, void* out) {
    switch (resumed) {
        case LSP_PREEMPTED: preempted_frame_ = out; return {Resumed::Kind::preempted};
        case LSP_RETURNED: value.reset(out); return {Resumed::Kind::returned};
        case LSP_YIELDED:
            if (lsp_is_none(out)) return {Resumed::Kind::yielded};
            if (auto* f = static_cast<aio::FutureBase*>(lsp_py_to_future(out)))
                return {Resumed::Kind::awaiting, f};
            return {Resumed::Kind::bad_yield};
        case LSP_RAISED: break;
    }
    if (lsp_is_cancelled_error(out)) {
        raised_ = std::make_exception_ptr(PyCancelledError(out));
        return {Resumed::Kind::raised_cancelled};
    }
    raised_ = std::make_exception_ptr(PyException(out));
    if (lsp_location_t where{}; lsp_exception_location(out, &where))
        raised_at_ = {std::string_view(where.file, where.file_len), where.line};
    if (lsp_is_exit_exception(out) || ends_run_for_memory(out, &loop())) [[unlikely]] {
        // CPython's Task.__step sets the exception and re-raises it out of the loop.
        run_set_escape(out);
        loop().stop();
    }
    // CPython reports "Task exception was never retrieved" as soon as nothing refers to the task
    // (reference counting). With a Python exception handler that report is the script's output, so
    // a collection at the next safe point finds the tasks nothing refers to. Not otherwise: a
    // collection per failed task is costly, and the default report goes to stderr.
    run_task_failed(loop(), *this);
    return {Resumed::Kind::raised};
}

aio::SourceLocation PyTask::location() const noexcept {
    lsp_location_t where{};
    void* c = coro();
    if (!c || !lsp_task_location(c, &where)) return raised_at_;
    return {std::string_view(where.file, where.file_len), where.line};
}

bool PyTask::describe(lsp_coro_info_t* out) const noexcept {
    if (!lsp_coro_describe(coro_.get(), out)) return false;
    out->alive = out->alive && !coro_done_;  // (a task done before its coroutine ended: cancelled early)
    return true;
}

std::string PyTask::coroutine_name() const {
    lsp_coro_info_t info{};
    if (!describe(&info)) return {};
    return std::string(info.name, info.name_len);
}

std::string PyTask::describe_exception(const std::exception_ptr& e) const {
    if (!e) return {};
    try {
        std::rethrow_exception(e);
    } catch (const PyException& x) {
        std::string line;
        lsp_exception_line(
            x.object(),
            [](void* ctx, const char* text, std::size_t n) {
                static_cast<std::string*>(ctx)->append(text, n);
            },
            &line);
        while (!line.empty() && line.back() == '\n') line.pop_back();
        return line;
    } catch (...) { return TaskBase::describe_exception(e); }
}

void PyGather::store_results() {
    std::vector<void*> items;
    items.reserve(children_.size());
    for (auto& child : children_) {
        void* item = nullptr;
        if (return_exceptions_ && (child->cancelled() || child->exception())) {
            item = to_python_exception(child_exception(*child));
        } else if (PyBacked* b = backed(child.get())) {
            item = b->value.get();
        }
        items.push_back(item ? item : lsp_none());
    }
    void* list = lsp_new_list(items.data(), items.size());
    value.reset(list ? list : lsp_none());
}

void PyCallback::operator()() const {
    if (callback_dropped(loop)) [[unlikely]]
        return;
    run_safe_point();
    void* caller_context = lsp_context_swap(context.empty() ? nullptr : context.get());
    void* exc = lsp_call_args(fn.get(), args.get());
    lsp_context_swap(caller_context);
    if (exc && ends_run_for_memory(exc, loop)) [[unlikely]] {
        run_set_escape(exc);
        loop->stop();
    } else if (exc) {
        aio::ExceptionContext ctx;
        const char* message = nullptr;
        size_t len = 0;
        void* dict = lsp_callback_error_context(fn.get(), args.get(), nullptr, exc,
                                                when >= 0.0 ? &when : nullptr, &message, &len);
        if (dict) {
            ctx.message.assign(message, len);
            ctx.host_context = hold_in_context(dict);
        } else {
            ctx.message = std::string("Exception in callback ") + lsp_callable_name(fn.get());
        }
        ctx.exception = from_python_exception(exc);
        loop->call_exception_handler(ctx);
    }
}

}  // namespace loopscope::python
