// BrowserHost: runs a loop (or anything that can be pumped in slices) on the browser's own event
// loop, on the page's main thread, without ever blocking the page (shared/DESIGN.md, "hosts").
//
//   aio::BrowserHost host;                          // one per page, lives as long as the page
//   host.start([&](double budget) { return pump(budget); }, [&] { finished(); });
//
// While work is ready, the pump runs in slices of `slice` seconds (default 6 ms), each in its own
// immediate macrotask (postMessage, no 4 ms clamp), so the page renders and takes input between
// slices. When the page's own work between two slices (a frame that costs more than a display
// refresh: software rendering, a slow machine) took longer than that, the next slice may run as
// long as it did, up to `max_slice` (default 100 ms): the loop keeps about half of the main thread
// instead of one short slice per slow frame (slice_budget.hpp says why). When nothing is ready,
// one browser timer is armed for the earliest deadline and re-armed whenever the pump reports a
// different one. Other threads (executor workers) only call wake(), which proxies "run a slice
// soon" to the main thread: enqueue + wake, nothing else.
//
// Browser only (Emscripten: the browser host's include folder is only there in the web build); the
// desktop app and the CLI pump from their own loops.
#pragma once
#include <atomic>
#include <memory>

#include "aio/detail/function.hpp"
#include "aio/host/slice_budget.hpp"
#include "aio/poller.hpp"

namespace aio {

class BrowserHost {
public:
    struct Slice {
        bool finished = false;
        double wait = 0.0;  // seconds until there is work: 0 now, +inf only when woken
    };
    using Pump = detail::Function<Slice(double budget)>;

    explicit BrowserHost(double slice = 0.006, double max_slice = 0.1) : budget_(slice, max_slice) {}
    ~BrowserHost();
    BrowserHost(const BrowserHost&) = delete;
    BrowserHost& operator=(const BrowserHost&) = delete;

    // Starts driving `pump` (replacing any current one, which is dropped without a finish call).
    // `finished` runs once, on the main thread, when a slice reports finished.
    void start(Pump pump, detail::Function<void()> finished);
    // Stops driving (the pump is dropped; `finished` is not called).
    void cancel();
    bool active() const noexcept { return bool(pump_); }

    // Thread-safe: new work arrived (a thread-safe call, an executor job's completion).
    void wake() noexcept;
    // A poller for loops this host drives: never waits; its wake() is this host's wake().
    std::unique_ptr<Poller> make_poller();

    // Figures for the page (and its tests): counts and times since the page started, but the
    // longest slice since the last start().
    struct Stats {
        long slices = 0;     // pump calls
        long timers = 0;     // browser timers armed
        long stretched = 0;  // slices given more than the base budget (the page's frames were slow)
        double longest = 0;  // longest slice of the current (or last) run, seconds
        double busy = 0;     // time spent in slices, seconds
    };
    const Stats& stats() const noexcept { return stats_; }

private:
    void run_slice();
    void schedule(double wait);
    void clear_pending();
    static void on_immediate(void* self);
    static void on_timer(void* self);
    static void on_wake(void* self);

    SliceBudget budget_;
    Pump pump_;
    detail::Function<void()> finished_;
    long immediate_ = 0;    // pending immediate id (0: none)
    long timer_ = 0;        // pending timer id (0: none)
    double timer_due_ = 0;  // performance.now() ms the timer is armed for
    std::atomic<bool> wake_pending_{false};
    bool in_slice_ = false;
    bool woken_ = false;  // wake() since the current slice began
    bool ready_ = false;  // the last slice ended with work ready (the next one continues it)
    Stats stats_;
};

}  // namespace aio
