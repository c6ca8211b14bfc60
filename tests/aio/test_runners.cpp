// Tests for aio/runners.hpp: aio::run() and aio::Runner (asyncio.run / asyncio.Runner), plus
// EventLoop::run_until_complete with the combinators. Ported from the conformance corpus (066, 068)
// plus CPython 3.11 probes; the expected lines are what CPython 3.11 prints under the virtual clock
// (one virtual clock shared by every loop of the process).
#include <doctest/doctest.h>

#include "transcript.hpp"

#include <aio/aio.hpp>

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

using namespace aio_test::transcript;

namespace {

aio::Clock* shared_clock = nullptr;

aio::EventLoop::Options opts() {
    aio::EventLoop::Options o;
    o.clock = aio::Clock::Kind::virtual_time;
    o.shared_clock = shared_clock;
    return o;
}

// Each test: a fresh shared virtual clock, an empty log, and no coroutine frame left behind.
struct Fixture {
    aio::Clock clock{aio::Clock::Kind::virtual_time};
    long frames_before = aio::detail::live_coroutine_frames();
    Fixture() {
        out.clear();
        shared_clock = &clock;
    }
    ~Fixture() {
        shared_clock = nullptr;
        CHECK(aio::detail::live_coroutine_frames() == frames_before);
    }
};

std::string pylist(const std::vector<std::string>& v) {
    std::string s = "[";
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", '" : "'") + v[i] + "'";
    return s + "]";
}

// ---- 068_asyncio_runner -------------------------------------------------------------------------

aio::Coro<std::string> step(std::string name, std::vector<std::string>* store) {
    co_await aio::sleep(0.5);
    store->push_back(name);
    co_return name + " at " + fmt(now(), 1);
}

aio::Coro<std::string> sleep_result(double d, std::string v) {
    co_return co_await aio::sleep(d, std::move(v));
}

TEST_CASE("068 Runner: several runs on one loop; closed runner refuses") {
    Fixture fx;
    std::vector<std::string> store;
    {
        aio::Runner runner(opts());
        say(runner.run(step("first", &store)));
        say(runner.run(step("second", &store)));
        aio::EventLoop& loop = runner.get_loop();
        auto background = loop.create_task(step("background", &store));
        say(runner.run(sleep_result(1, "slept")));
        say(std::string("background done: ") + py(background.done()) + " " + pylist(store));
        runner.close();  // the end of `with asyncio.Runner() as runner:`
        say(std::string("closed: ") + py(loop.is_closed()));
        try {
            runner.run(step("again", &store));
        } catch (const aio::RuntimeError& e) { say(std::string("run after close: ") + e.what()); }
    }
    say(aio::run(step("fresh run", &store), opts()));
    CHECK(joined() == R"~(first at 0.5
second at 1.0
slept
background done: True ['first', 'second', 'background']
closed: True
run after close: Runner is closed
fresh run at 2.5
)~");
}

// ---- 066_run_until_complete_values --------------------------------------------------------------

struct ArithmeticError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

template <class T> aio::Coro<T> value(T x, double delay = 0.1) {
    co_await aio::sleep(delay);
    co_return x;
}

aio::Coro<int> boom() {
    co_await aio::sleep(0.1);
    throw ArithmeticError("boom");
}

TEST_CASE("066 run_until_complete returns results and re-raises") {
    Fixture fx;
    {
        aio::EventLoop loop(opts());
        say(std::to_string(loop.run_until_complete(value(1))));
        // (CPython's gather of bare coroutines outside a running loop uses the thread's current
        // event loop, which has no C++ counterpart: the children are tasks here.)
        auto [a, b] =
            loop.run_until_complete(aio::gather(loop.create_task(value(2)), loop.create_task(value(3, 0.2))));
        say("[" + std::to_string(a) + ", " + std::to_string(b) + "]");
        auto task = loop.create_task(value(std::string("task")));
        say(loop.run_until_complete(aio::Future<std::string>(task)));
        say(loop.run_until_complete(aio::Future<std::string>(task)));  // a done task runs again at once
        auto fut = loop.create_future<std::string>();
        loop.call_later(0.5, [fut] { fut.set_result("future"); });
        say(loop.run_until_complete(fut));
        try {
            loop.run_until_complete(boom());
        } catch (const ArithmeticError& e) { say(std::string("re-raised: ") + e.what()); }
        say(std::string("loop running after run_until_complete: ") + py(loop.is_running()));
        say(fmt(loop.time(), 1));
        loop.close();
        try {
            loop.run_until_complete(value(0));
        } catch (const aio::RuntimeError& e) { say(std::string("closed loop: ") + e.what()); }
    }
    CHECK(joined() == R"~(1
[2, 3]
task
task
future
re-raised: boom
loop running after run_until_complete: False
1.0
closed loop: Event loop is closed
)~");
}

// run_until_complete copies a copyable result: the task keeps it for result() and later runs.
TEST_CASE("run_until_complete twice on the same done task") {
    Fixture fx;
    aio::EventLoop loop(opts());
    auto task = loop.create_task(value(std::string("task")));
    CHECK(loop.run_until_complete(aio::Future<std::string>(task)) == "task");
    CHECK(loop.run_until_complete(aio::Future<std::string>(task)) == "task");
    CHECK(task.result() == "task");
    loop.close();
}

// ---- CPython 3.11 probe: leftovers, shutdown errors, nesting, task names ------------------------

struct KeyError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

std::vector<std::string> cancel_log;

aio::Coro<void> bg(int n) {
    try {
        co_await aio::sleep(10);
    } catch (const aio::CancelledError&) {
        cancel_log.push_back("bg" + std::to_string(n) + " cancelled at " + fmt(now(), 1));
        throw;
    }
}

aio::Coro<void> bad_bg() {
    try {
        co_await aio::sleep(10);
    } catch (const aio::CancelledError&) { throw KeyError("during shutdown"); }
}

aio::Coro<std::string> main_leftovers() {
    aio::create_task(bg(1));
    aio::create_task(bg(2));
    aio::create_task(bad_bg());
    co_await aio::sleep(1);
    co_return aio::current_task()->name();
}

aio::Coro<std::string> name() { co_return aio::current_task()->name(); }

aio::Coro<void> nested() {
    try {
        aio::run(name(), opts());
    } catch (const aio::RuntimeError& e) { say(std::string("nested: ") + e.what()); }
    aio::Runner r2(opts());
    try {
        r2.run(name());
    } catch (const aio::RuntimeError& e) { say(std::string("nested runner: ") + e.what()); }
    co_return;
}

aio::Coro<int> boom_value() {
    co_await aio::sleep(0.1);
    throw aio::ValueError("boom");
}

aio::Coro<int> ret() { co_return 42; }

TEST_CASE("Runner / run: leftover tasks cancelled, shutdown errors reported, nesting refused") {
    Fixture fx;
    cancel_log.clear();
    long base = -1;
    auto rel = [&](const std::string& task_name) {  // "Task-N" relative to the first one seen
        long n = std::stol(task_name.substr(5));
        if (base < 0) base = n - 1;
        return "Task-" + std::to_string(n - base);
    };
    {
        aio::Runner r(opts());
        r.get_loop().set_exception_handler([](aio::EventLoop&, const aio::ExceptionContext& ctx) {
            std::string e;
            try {
                std::rethrow_exception(ctx.exception);
            } catch (const KeyError& k) { e = std::string("KeyError('") + k.what() + "')"; } catch (...) {
                e = "?";
            }
            say("handler: " + ctx.message + " " + e);
        });
        say(rel(r.run(main_leftovers())));
    }
    std::sort(cancel_log.begin(), cancel_log.end());
    say(pylist(cancel_log));
    say(rel(aio::run(name(), opts())));
    aio::run(nested(), opts());
    {
        aio::Runner r3(opts());
        r3.close();
        say("run after close-before-use: " + rel(r3.run(name())));
        r3.close();
    }
    try {
        aio::run(boom_value(), opts());
    } catch (const aio::ValueError& e) { say(std::string("asyncio.run re-raises: ") + e.what()); }
    say(std::to_string(aio::run(ret(), opts())));
    CHECK(joined() == R"~(Task-1
handler: unhandled exception during asyncio.run() shutdown KeyError('during shutdown')
['bg1 cancelled at 1.0', 'bg2 cancelled at 1.0']
Task-7
nested: asyncio.run() cannot be called from a running event loop
nested runner: Runner.run() cannot be called from a running event loop
run after close-before-use: Task-13
asyncio.run re-raises: boom
42
)~");
}

}  // namespace
