// SliceBudget: how long the next slice of a loop hosted on a page's main thread may run
// (BrowserHost uses it; plain arithmetic, so it is tested natively too).
//
//   SliceBudget budget(0.006, 0.1);
//   double b = budget.begin(now, /*continued=*/true);   // the slice may run b seconds
//   ...run the loop for at most b...
//   budget.end(later);
//
// A browser alternates: while a frame is due it runs the frame, then one task, then the next frame.
// When a frame costs less than a display refresh, short base slices (6 ms) leave the loop most of
// the thread. When frames cost more (software rendering, a slow machine, a heavy frame of the app
// itself), the loop got one base slice per frame: a 150 ms frame left it 4% of the thread and a
// 1 s script took 20 s. So the budget follows what the page just took: when the loop had work
// ready all along (`continued`), the next slice may run as long as the time that passed since the
// previous slice ended (the frame, input handlers, other tasks), at least the base slice and at
// most `max`. The loop then keeps about half of the thread, frames keep coming (each one, however
// slow, is followed by at most one slice of its own length), and a slice never exceeds `max`
// (100 ms by default: the longest pause a person does not notice as lag, per web guidance for
// answering input).
#pragma once
#include <algorithm>

namespace aio {

class SliceBudget {
public:
    explicit SliceBudget(double base = 0.006, double max = 0.1) noexcept
        : base_(base), max_(std::max(base, max)) {}

    // A slice starts at `now` (seconds). `continued`: the previous slice ended with work still
    // ready, so the time since then was the page's own work rather than the loop idling.
    double begin(double now, bool continued) noexcept {
        double budget = base_;
        if (continued && ended_ >= 0.0) budget = std::clamp(now - ended_, base_, max_);
        if (budget > base_) ++stretched_;
        return budget;
    }
    void end(double now) noexcept { ended_ = now; }
    // Forgets the last slice (a new run: the time since then is not the page's work).
    void reset() noexcept { ended_ = -1.0; }

    double base() const noexcept { return base_; }
    double max() const noexcept { return max_; }
    // Slices given more than the base budget so far.
    long stretched() const noexcept { return stretched_; }

private:
    double base_;
    double max_;
    double ended_ = -1.0;  // when the previous slice ended (-1: none yet)
    long stretched_ = 0;
};

}  // namespace aio
