// The C++ half of asyncio.Queue, LifoQueue and PriorityQueue (queues.c): one aio
// BasicQueue of Python objects (GC roots: PyRef) whose store is a FIFO, a stack or a heap ordered
// by Python's `<`, so waiting, wake-ups, task_done/join are aio's CPython-exact queue logic.
#include <memory>
#include <variant>
#include <vector>

#include "aio/errors.hpp"
#include "aio/queues.hpp"
#include "asyncio/primitives.hpp"
#include "asyncio/queues.h"
#include "interp.h"
#include "py_objects.hpp"
#include "py_ref.hpp"

using namespace loopscope::python;

namespace {

// Python's a < b; a raised exception travels as a PyException (the heap keeps its items).
struct PyLess {
    bool operator()(const PyRef& a, const PyRef& b) const {
        bool less = false;
        if (void* exc = lsp_less(a.get(), b.get(), &less)) throw PyException(exc);
        return less;
    }
};

// The item storage of the three queue classes.
class PyStore {
public:
    explicit PyStore(int kind) {
        if (kind == 1)
            items_.emplace<aio::detail::LifoStore<PyRef>>();
        else if (kind == 2)
            items_.emplace<aio::detail::HeapStore<PyRef, PyLess>>();
    }
    PyStore(PyStore&&) = default;
    const char* trace_kind() const noexcept {
        static const char* const kinds[] = {"Queue", "LifoQueue", "PriorityQueue"};
        return kinds[items_.index()];
    }
    std::size_t size() const noexcept {
        return std::visit([](const auto& s) { return s.size(); }, items_);
    }
    void push(PyRef&& item) {
        Busy busy(*this);
        std::visit([&](auto& s) { s.push(std::move(item)); }, items_);
    }
    template <class F> void for_each(F&& f) const {
        std::visit([&](const auto& s) { s.for_each(f); }, items_);
    }
    PyRef pop() {
        Busy busy(*this);
        return std::visit([](auto& s) { return s.pop(); }, items_);
    }

private:
    // A PriorityQueue runs Python code (__lt__) while it moves items: that code must not change
    // the queue under its feet (CPython: "list changed size during iteration").
    struct Busy {
        explicit Busy(PyStore& s) : s_(s) {
            if (s_.busy_) throw aio::RuntimeError("PriorityQueue changed while comparing its items");
            s_.busy_ = true;
        }
        ~Busy() { s_.busy_ = false; }
        PyStore& s_;
    };
    std::variant<aio::detail::FifoStore<PyRef>, aio::detail::LifoStore<PyRef>,
                 aio::detail::HeapStore<PyRef, PyLess>>
        items_;
    bool busy_ = false;
};

struct PyQueue final : PyOwned {
    PyQueue(int kind, long maxsize) : q(maxsize, PyStore(kind)) {}
    aio::BasicQueue<PyRef, PyStore> q;
};

aio::BasicQueue<PyRef, PyStore>& queue(void* p) { return static_cast<PyQueue*>(static_cast<PyOwned*>(p))->q; }
aio::FutureBase& waiter_of(void* w) { return *static_cast<aio::FutureBase*>(w); }

// aio::QueueEmpty / QueueFull as asyncio's (to_error asks this).
void* queue_exception(const std::exception& e) noexcept {
    if (dynamic_cast<const aio::QueueEmpty*>(&e)) return lsp_queue_exception(false);
    if (dynamic_cast<const aio::QueueFull*>(&e)) return lsp_queue_exception(true);
    return nullptr;
}
const bool queue_errors_registered = add_error_translator(queue_exception);

}  // namespace

extern "C" {

lsb_error_t lsb_queue_new(int kind, long maxsize, void** out) {
    try {
        auto q = std::make_unique<PyQueue>(kind, maxsize);
        *out = static_cast<PyOwned*>(q.release());
        return ok();
    } catch (...) { return current_error(); }
}

size_t lsb_queue_qsize(void* q) { return queue(q).qsize(); }

lsb_error_t lsb_queue_state(void* q, void** items, size_t* getters, size_t* putters, long* unfinished) {
    try {
        auto& qu = queue(q);
        std::vector<void*> objects;
        objects.reserve(qu.qsize());
        qu.store().for_each([&](const PyRef& item) { objects.push_back(item.get()); });
        *items = lsp_new_list(objects.data(), objects.size());
        if (!*items) return error(LSB_MEMORY, "");
        *getters = qu.getter_count();
        *putters = qu.putter_count();
        *unfinished = qu.unfinished_tasks();
        return ok();
    } catch (...) { return current_error(); }
}
long lsb_queue_maxsize(void* q) { return queue(q).maxsize(); }
bool lsb_queue_empty(void* q) { return queue(q).empty(); }
bool lsb_queue_full(void* q) { return queue(q).full(); }

lsb_error_t lsb_queue_put_nowait(void* q, void* item) {
    return guarded([&] { queue(q).put_nowait(PyRef(item)); });
}

lsb_error_t lsb_queue_get_nowait(void* q, void** item) {
    // The item leaves the root table here: it is only on the C stack until Python holds it again,
    // and no collection happens before that (collections run at safe points only).
    return guarded([&] { *item = queue(q).get_nowait().get(); });
}

lsb_error_t lsb_queue_task_done(void* q) {
    return guarded([&] { queue(q).task_done(); });
}

lsb_error_t lsb_queue_get_start(void* q, void** waiter) {
    return guarded([&] { *waiter = hand_over(queue(q).get_waiter()); });
}
lsb_error_t lsb_queue_get_finish(void* q, void* waiter, void* thrown) {
    return guarded([&] { queue(q).finish_get(waiter_of(waiter), thrown_error(thrown)); });
}
lsb_error_t lsb_queue_put_start(void* q, void** waiter) {
    return guarded([&] { *waiter = hand_over(queue(q).put_waiter()); });
}
lsb_error_t lsb_queue_put_finish(void* q, void* waiter, void* thrown) {
    return guarded([&] { queue(q).finish_put(waiter_of(waiter), thrown_error(thrown)); });
}
lsb_error_t lsb_queue_join_start(void* q, void** waiter) {
    return guarded([&] { *waiter = hand_over(queue(q).join_waiter()); });
}
lsb_error_t lsb_queue_join_finish(void* q, void* waiter, void* thrown) {
    return guarded([&] { queue(q).finish_join(waiter_of(waiter), thrown_error(thrown)); });
}

}  // extern "C"
