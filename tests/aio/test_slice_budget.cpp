// SliceBudget: a hosted loop's slice follows the time the page took between two slices, within
// [base, max]; idle waits and a new run get the base slice.
#include <doctest/doctest.h>

#include "aio/host/slice_budget.hpp"

TEST_CASE("the first slice and slices after an idle wait get the base budget") {
    aio::SliceBudget budget(0.006, 0.1);
    CHECK(budget.begin(10.0, true) == doctest::Approx(0.006));  // nothing ran before: no gap to follow
    budget.end(10.006);
    // The loop had nothing ready: the 2 s since then were its own wait (a timer), not the page's work.
    CHECK(budget.begin(12.0, false) == doctest::Approx(0.006));
    CHECK(budget.stretched() == 0);
}

TEST_CASE("back-to-back slices stay at the base budget") {
    aio::SliceBudget budget(0.006, 0.1);
    double now = 0.0;
    for (int i = 0; i < 5; ++i) {
        CHECK(budget.begin(now, true) == doctest::Approx(0.006));
        now += 0.006;
        budget.end(now);
        now += 0.0002;  // the next immediate follows at once: the page did almost nothing in between
    }
    CHECK(budget.stretched() == 0);
}

TEST_CASE("after a slow frame the next slice may run as long as the frame took") {
    aio::SliceBudget budget(0.006, 0.1);
    budget.begin(0.0, false);
    budget.end(0.006);
    // A 40 ms frame ran between two slices: the loop gets 40 ms, about half of the thread.
    CHECK(budget.begin(0.046, true) == doctest::Approx(0.040));
    budget.end(0.086);
    CHECK(budget.stretched() == 1);
    // A 150 ms software-rendered frame: capped at max, so input waits at most one frame plus 100 ms.
    CHECK(budget.begin(0.236, true) == doctest::Approx(0.1));
    budget.end(0.336);
    // Then a cheap frame again: back towards the base.
    CHECK(budget.begin(0.340, true) == doctest::Approx(0.006));
    CHECK(budget.stretched() == 2);
}

TEST_CASE("reset forgets the previous slice; max is never below base") {
    aio::SliceBudget budget(0.006, 0.1);
    budget.begin(0.0, false);
    budget.end(0.006);
    budget.reset();
    CHECK(budget.begin(1.0, true) == doctest::Approx(0.006));  // a new run: the gap was not the page's work

    aio::SliceBudget fixed(0.008, 0.001);
    CHECK(fixed.max() == doctest::Approx(0.008));
    fixed.begin(0.0, false);
    fixed.end(0.008);
    CHECK(fixed.begin(1.0, true) == doctest::Approx(0.008));
}
