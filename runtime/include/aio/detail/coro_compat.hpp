// Chooses the coroutine header the toolchain has: g++ 12 ships <coroutine>; Debian's emcc 3.1.6
// (clang 14 + libc++) only <experimental/coroutine>. Tested with __has_include, as feature macros lie.
#pragma once

#if __has_include(<coroutine>)
#include <coroutine>
namespace aio::detail::co {
using std::coroutine_handle;
using std::noop_coroutine;
using std::suspend_always;
using std::suspend_never;
}  // namespace aio::detail::co
#elif __has_include(<experimental/coroutine>)
#include <experimental/coroutine>
namespace aio::detail::co {
using std::experimental::coroutine_handle;
using std::experimental::noop_coroutine;
using std::experimental::suspend_always;
using std::experimental::suspend_never;
}  // namespace aio::detail::co
   // clang 14 looks the traits up in std::experimental; <experimental/coroutine> provides them there.
#else
#error "aio needs C++20 coroutines (<coroutine> or <experimental/coroutine>)"
#endif
