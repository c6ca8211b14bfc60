// poller: the condition-variable poller waits for its timeout or a wake() from another thread and
// watches no file descriptors; the platform's default poller (epoll on Linux) reports a readable
// pipe to the loop.
#include <doctest/doctest.h>

#include "support.hpp"

#include <chrono>
#include <thread>

#if defined(__linux__) && !defined(__EMSCRIPTEN__)
#include <unistd.h>
#endif

TEST_CASE("the condvar poller returns after its timeout, at once when woken, and refuses fds") {
    aio::EventLoop loop;
    auto poller = aio::make_condvar_poller();
    const double t0 = aio::monotonic_seconds();
    poller->poll(loop, 0.02);
    CHECK(aio::monotonic_seconds() - t0 >= 0.015);

    poller->wake();  // a wake before the poll is not lost
    const double t1 = aio::monotonic_seconds();
    poller->poll(loop, 10.0);
    CHECK(aio::monotonic_seconds() - t1 < 5.0);

    std::thread waker([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        poller->wake();
    });
    const double t2 = aio::monotonic_seconds();
    poller->poll(loop, -1.0);  // no limit: only the wake ends it
    CHECK(aio::monotonic_seconds() - t2 >= 0.015);
    waker.join();

    CHECK_FALSE(poller->has_fds());
    CHECK_THROWS_AS(poller->add_reader(0, [] {}), aio::RuntimeError);
    CHECK_FALSE(poller->remove_reader(0));
}

#if defined(__linux__) && !defined(__EMSCRIPTEN__)  // the test picks its cases; the library does not
TEST_CASE("the default poller hands a readable pipe's callback to the loop") {
    aio::EventLoop loop;
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    int reads = 0;
    loop.poller().add_reader(fds[0], [&] {
        char c;
        CHECK(::read(fds[0], &c, 1) == 1);
        ++reads;
        loop.stop();
    });
    CHECK(loop.poller().has_fds());
    REQUIRE(::write(fds[1], "x", 1) == 1);
    loop.run_forever();
    CHECK(reads == 1);
    CHECK(loop.poller().remove_reader(fds[0]));
    CHECK_FALSE(loop.poller().has_fds());
    ::close(fds[0]);
    ::close(fds[1]);
}
#endif
