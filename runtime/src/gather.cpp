// gather: CPython 3.11's _GatheringFuture and gather()'s _done_callback.
#include "aio/gather.hpp"

namespace aio::detail {

void GatheringFutureBase::add_child(Ref<FutureBase> child) {
    constexpr std::size_t search_limit = 16;
    bool seen = false;
    if (seen_) {
        seen = !seen_->insert(child.get()).second;
    } else {
        for (auto& c : children_) seen = seen || c == child;
        if (children_.size() >= search_limit) {
            seen_ = std::make_unique<std::unordered_set<const FutureBase*>>();
            for (auto& c : children_) seen_->insert(c.get());
            seen_->insert(child.get());
        }
    }
    if (!seen) {
        ++nfuts_;
        add_ref();
        child->add_done_item(child_done_item, this);
    }
    if (loop().trace_sink()) [[unlikely]]
        loop().trace({TraceKind::future_link, 0, id(), child->id(), 0.0, 0.0, label()});
    children_.push_back(std::move(child));
}

void GatheringFutureBase::loop_closing() noexcept {
    if (done()) return;
    Ref<FutureBase> self(this);  // a child's release may drop the last other reference
    std::vector<Ref<FutureBase>> children = std::move(children_);
    children.clear();
}

void GatheringFutureBase::finish_setup() {
    set_up_ = true;
    seen_.reset();
    if (children_.empty()) store_results(), finish_with_result();
}

FutureBase* GatheringFutureBase::awaiter_of(FutureBase::DoneItem item) noexcept {
    return item.fn == &GatheringFutureBase::child_done_item ? static_cast<GatheringFutureBase*>(item.ctx)
                                                            : nullptr;
}

void GatheringFutureBase::child_done_item(void* self, void* child, bool run) {
    auto* g = static_cast<GatheringFutureBase*>(self);
    auto* c = static_cast<FutureBase*>(child);
    if (run && c) g->child_done(*c);
    if (c) c->release();
    g->release();
}

std::exception_ptr GatheringFutureBase::child_exception(FutureBase& child) const {
    if (child.cancelled()) {
        // CPython builds a fresh CancelledError from the child's _cancel_message ('' when there is
        // none). A task that was cancelled through its coroutine has no message of its own (the
        // message travels in the CancelledError it raised), so it gives ''. Nothing is consumed:
        // the same child may appear several times.
        const std::string* msg = child.cancel_message();
        return std::make_exception_ptr(CancelledError(msg ? *msg : std::string()));
    }
    return child.exception();
}

void GatheringFutureBase::child_done(FutureBase& child) {
    ++nfinished_;
    if (done()) {
        if (!child.cancelled()) (void)child.exception();  // mark it retrieved
        return;
    }
    if (!return_exceptions_) {
        if (child.cancelled()) {
            finish_with_exception(child.make_cancelled_error());
            return;
        }
        if (std::exception_ptr e = child.exception()) {
            finish_with_exception(std::move(e));
            return;
        }
    }
    if (nfinished_ == nfuts_) {
        if (cancel_requested_) {
            // CPython uses the last child to finish for the message.
            finish_with_exception(child.make_cancelled_error());
        } else {
            for (auto& c : children_)
                if (!c->cancelled()) (void)c->exception();  // results are read: nothing is "never retrieved"
            store_results();
            finish_with_result();
        }
    }
}

bool GatheringFutureBase::cancel(std::optional<std::string> message) {
    if (done()) return false;
    CancelDepth depth;
    bool any = false;
    CancelVia via("gather");
    for (auto& c : children_)
        if (c->cancel(message)) any = true;
    if (any) cancel_requested_ = true;
    return any;
}

}  // namespace aio::detail
