// Reentrant running, what Python's nest_asyncio patches into asyncio: from inside one of a running
// loop's own callbacks or task steps, run that loop again until a future is done.
//
// The loop runs one callback at a time (the rest of the current iteration first, then new ones,
// waiting for timers and I/O as run_forever does) and returns to the caller as soon as `future`
// is done; the caller then goes on with the iteration it was in. The task that called stays the
// current task when it gets control back (each step restores the one before it). A stop()
// requested meanwhile (by the outer run_until_complete, say) is requested again on the way out.
// Throws RuntimeError if `loop` is not running on this thread, the deadlock error when nothing can
// ever complete `future` (virtual clock), and, with `may_wait` false (a host such as the browser,
// which cannot block inside a step), a RuntimeError instead of waiting for time, I/O or threads.
#pragma once

namespace aio {

class EventLoop;
class FutureBase;

void run_nested_until(EventLoop& loop, const FutureBase& future, bool may_wait = true);

}  // namespace aio
