// The session's thread part (session_threads.cpp; README "Threads"): the loop's poller releases the GIL while it waits,
// output written by other threads reaches hosts on the main thread, and the end of a run joins or
// stops the threads a script left.
#pragma once
#include <memory>
#include <string_view>

#include "aio/poller.hpp"

namespace loopscope::python {

class Session;

// `inner` (null: the platform's default) wrapped so that a loop's wait releases the GIL, each
// iteration hands the GIL to a thread waiting for it, and an idle virtual-time loop waits for
// running Python threads instead of reporting a deadlock.
std::unique_ptr<aio::Poller> make_thread_aware_poller(std::unique_ptr<aio::Poller> inner);

// Session::write from a thread other than the main one, with a host callback or a trace sink
// (neither is thread-safe): the text is queued and true returned; the main thread writes it at its
// next GIL acquisition or write, in order. On the main thread: flushes the queue, returns false.
bool defer_thread_output(Session& session, int stream, std::string_view text);
void flush_thread_output(Session& session);

// The main program ended (main thread, GIL held): CPython's threading._shutdown (pools' exit
// handlers, then non-daemon threads joined) within `timeout` seconds; threads still running then
// are stopped (SystemExit) or, if they do not end within a second, abandoned.
void finish_threads(Session& session, double timeout);

}  // namespace loopscope::python
