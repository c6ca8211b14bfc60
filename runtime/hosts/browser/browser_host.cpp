// BrowserHost (browser_host.hpp): the loop on the browser's event loop.
#include "aio/host/browser_host.hpp"

#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/threading.h>

#include <cmath>

#include "aio/clock.hpp"

namespace aio {

namespace {

double now_seconds() { return emscripten_get_now() / 1000.0; }

// The poller of a browser-hosted loop: run_for never waits, so poll() only ever "looks".
class BrowserPoller final : public Poller {
public:
    explicit BrowserPoller(BrowserHost& host) : host_(host) {}
    void poll(EventLoop&, double) override {}
    void wake() noexcept override { host_.wake(); }

private:
    BrowserHost& host_;
};

}  // namespace

BrowserHost::~BrowserHost() { clear_pending(); }

void BrowserHost::start(Pump pump, detail::Function<void()> finished) {
    clear_pending();
    pump_ = std::move(pump);
    finished_ = std::move(finished);
    budget_.reset();
    ready_ = false;
    stats_.longest = 0;
    schedule(0.0);
}

void BrowserHost::cancel() {
    clear_pending();
    pump_ = {};
    finished_ = {};
}

void BrowserHost::clear_pending() {
    if (immediate_) emscripten_clear_immediate(immediate_);
    if (timer_) emscripten_clear_timeout(timer_);
    immediate_ = timer_ = 0;
}

std::unique_ptr<Poller> BrowserHost::make_poller() { return std::make_unique<BrowserPoller>(*this); }

void BrowserHost::wake() noexcept {
    if (emscripten_is_main_runtime_thread()) {
        woken_ = true;
        if (!in_slice_ && pump_) schedule(0.0);
        return;
    }
#if defined(__EMSCRIPTEN_PTHREADS__)  // without threads (web-nothreads) there is no worker to wake from
    // From a worker: one proxied call at a time is enough (the slice it causes sees all the work).
    if (!wake_pending_.exchange(true, std::memory_order_acq_rel))
        emscripten_async_run_in_main_runtime_thread(EM_FUNC_SIG_VI, &BrowserHost::on_wake, this);
#endif
}

void BrowserHost::on_wake(void* self) {
    auto* host = static_cast<BrowserHost*>(self);
    host->wake_pending_.store(false, std::memory_order_release);
    // May run inside a slice (while the main thread waits for a lock): then the slice reschedules.
    host->woken_ = true;
    if (!host->in_slice_ && host->pump_) host->schedule(0.0);
}

void BrowserHost::schedule(double wait) {
    if (wait <= 0.0) {
        if (timer_) emscripten_clear_timeout(timer_);
        timer_ = 0;
        if (!immediate_) immediate_ = emscripten_set_immediate(&BrowserHost::on_immediate, this);
        return;
    }
    if (immediate_) return;  // a slice is coming anyway; it will arm the timer it needs
    if (std::isinf(wait)) {  // idle until woken
        if (timer_) emscripten_clear_timeout(timer_);
        timer_ = 0;
        return;
    }
    double due = emscripten_get_now() + wait * 1000.0;
    // Re-arm only when the earliest deadline changed (by more than the timer's own granularity).
    if (timer_ && std::fabs(due - timer_due_) < 0.5) return;
    if (timer_) emscripten_clear_timeout(timer_);
    timer_due_ = due;
    timer_ = emscripten_set_timeout(&BrowserHost::on_timer, wait * 1000.0, this);
    ++stats_.timers;
}

void BrowserHost::on_immediate(void* self) {
    auto* host = static_cast<BrowserHost*>(self);
    host->immediate_ = 0;
    host->run_slice();
}

void BrowserHost::on_timer(void* self) {
    auto* host = static_cast<BrowserHost*>(self);
    host->timer_ = 0;
    host->run_slice();
}

void BrowserHost::run_slice() {
    if (!pump_) return;
    in_slice_ = true;
    woken_ = false;
    double started = now_seconds();
    double budget = budget_.begin(started, ready_);
    Slice s = pump_(budget);
    double ended = now_seconds();
    budget_.end(ended);
    double took = ended - started;
    in_slice_ = false;
    ++stats_.slices;
    stats_.stretched = budget_.stretched();
    stats_.busy += took;
    if (took > stats_.longest) stats_.longest = took;
    if (s.finished) {
        clear_pending();
        pump_ = {};
        auto finished = std::move(finished_);
        finished_ = {};
        if (finished) finished();
        return;
    }
    // Work that arrived during the slice may have come after the loop looked at its inbox.
    ready_ = woken_ || s.wait <= 0.0;
    schedule(ready_ ? 0.0 : s.wait);
}

}  // namespace aio
