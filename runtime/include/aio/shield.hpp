// shield: protect an awaitable from cancellation (CPython tasks.shield).
//
//   auto r = co_await aio::shield(task);
//
// Cancelling the task that awaits the shield cancels only the outer future: the awaiting task gets
// CancelledError while the shielded task keeps running to completion. An awaitable that is already
// done is returned as it is. (Keep a reference to a shielded coroutine's task if you need its
// result after the outer one was cancelled: shield(coro) creates that task for you.)
#pragma once
#include <type_traits>

#include "task.hpp"

namespace aio {

template <class A>
Future<await_result_t<A>> shield(A&& awaitable) {
    using T = await_result_t<A>;
    Future<T> inner = ensure_future(std::forward<A>(awaitable));
    if (inner.done()) return inner;
    Future<T> outer = Future<T>::create(inner.get_loop());
    outer.base()->set_label("shield");
    auto inner_cb = inner.base()->add_done_callback([outer](FutureBase& in) mutable {
        if (outer.cancelled()) {
            if (!in.cancelled()) (void)in.exception();  // mark it retrieved
            return;
        }
        if (in.cancelled()) {
            outer.cancel();
        } else if (std::exception_ptr e = in.exception()) {
            outer.set_exception(e);
        } else if constexpr (std::is_void_v<T>) {
            outer.set_result();
        } else {
            outer.set_result(static_cast<detail::Slot<T>*>(in.value_slot())->get());
        }
    });
    outer.base()->add_done_callback([inner, inner_cb](FutureBase&) {
        if (!inner.done()) inner.remove_done_callback(inner_cb);
    });
    return outer;
}

}  // namespace aio
