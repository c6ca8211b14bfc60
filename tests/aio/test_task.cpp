// Task<T>: start order, cancellation rules (CPython 3.11), names, current_task / all_tasks.
#include <doctest/doctest.h>

#include <algorithm>

#include "support.hpp"

using aio_test::fixed;
using aio_test::virtual_time;
using Lines = std::vector<std::string>;

namespace {

struct Out {
    std::vector<std::string> lines;
    void operator()(std::string s) { lines.push_back(std::move(s)); }
};

aio::Coro<int> child(int n, Out& out) {
    out("child " + std::to_string(n) + " started");
    co_await aio::sleep(0);
    out("child " + std::to_string(n) + " resumed");
    co_return n;
}

}  // namespace

TEST_CASE("create_task starts the coroutine in a later callback, in creation order") {
    // conformance 018_create_task_start_order
    aio::EventLoop loop(virtual_time());
    Out out;
    loop.run_until_complete([](Out& out) -> aio::Coro<void> {
        std::vector<aio::Task<int>> tasks;
        for (int n = 0; n < 3; ++n) tasks.push_back(aio::create_task(child(n, out)));
        out("main: tasks created");
        out("main: still running, children not started");
        co_await aio::sleep(0);
        out("main: after first sleep(0)");
        tasks.push_back(aio::create_task(child(99, out)));
        co_await aio::sleep(0);
        out("main: after second sleep(0)");
        std::vector<int> results = co_await aio::gather(tasks);
        CHECK(results == std::vector<int>{0, 1, 2, 99});
    }(out));
    CHECK(out.lines == Lines{"main: tasks created", "main: still running, children not started",
                             "child 0 started", "child 1 started", "child 2 started",
                             "main: after first sleep(0)", "child 0 resumed", "child 1 resumed",
                             "child 2 resumed", "child 99 started", "main: after second sleep(0)",
                             "child 99 resumed"});
}

TEST_CASE("a cancelled task cleans up, re-raises, and is cancelled()") {
    // conformance 032_cancelled_error_reraise
    aio::EventLoop loop(virtual_time());
    Out out;
    loop.run_until_complete([](Out& out) -> aio::Coro<void> {
        aio::EventLoop& loop = aio::get_running_loop();
        auto worker = [](Out& out) -> aio::Coro<void> {
            try {
                for (;;) {
                    out("working");
                    co_await aio::sleep(1);
                }
            } catch (const aio::CancelledError&) { out("worker got CancelledError, cleaning up"); }
            co_await aio::sleep(0.5);
            out("cleanup finished, re-raising");
            throw aio::CancelledError();
        };
        auto t = aio::create_task(worker(out));
        co_await aio::sleep(2.5);
        t.cancel();
        try {
            co_await t;
        } catch (const aio::CancelledError&) { out(fixed(loop.time(), 1) + " main saw the cancellation"); }
        CHECK(t.cancelled());
        CHECK_THROWS_AS(t.result(), aio::CancelledError);
        CHECK_THROWS_AS(t.exception(), aio::CancelledError);
    }(out));
    CHECK(out.lines == Lines{"working", "working", "working", "worker got CancelledError, cleaning up",
                             "cleanup finished, re-raising", "3.0 main saw the cancellation"});
}

TEST_CASE("cancel(msg) reaches the task and the awaiter; a swallowed cancel leaves the task running") {
    // conformance 034_cancel_with_msg
    aio::EventLoop loop(virtual_time());
    Out out;
    auto msg = [](const aio::CancelledError& e) {
        return e.message() ? "('" + *e.message() + "',)" : std::string("()");
    };
    loop.run_until_complete([](Out& out, auto msg) -> aio::Coro<void> {
        auto sleeper = [](Out& out, auto msg) -> aio::Coro<void> {
            try {
                co_await aio::sleep(10);
            } catch (const aio::CancelledError& e) {
                out("inside task args: " + msg(e));
                throw;
            }
        };
        auto catcher = [](Out& out, auto msg) -> aio::Coro<std::string> {
            try {
                co_await aio::sleep(10);
            } catch (const aio::CancelledError& e) { out("catcher swallowed: " + msg(e)); }
            co_return "swallowed";
        };
        auto t = aio::create_task(sleeper(out, msg));
        co_await aio::sleep(0);
        t.cancel("stop now");
        try {
            co_await t;
        } catch (const aio::CancelledError& e) { out("awaiter args: " + msg(e)); }
        auto t2 = aio::create_task(sleeper(out, msg));
        co_await aio::sleep(0);
        t2.cancel();
        try {
            co_await t2;
        } catch (const aio::CancelledError& e) { out("no message args: " + msg(e)); }
        auto t3 = aio::create_task(catcher(out, msg));
        co_await aio::sleep(0);
        t3.cancel("please");
        std::string r = co_await t3;
        out("result: " + r + " cancelled: " + (t3.cancelled() ? "True" : "False"));
    }(out, msg));
    CHECK(out.lines == Lines{"inside task args: ('stop now',)", "awaiter args: ('stop now',)",
                             "inside task args: ()", "no message args: ()", "catcher swallowed: ('please',)",
                             "result: swallowed cancelled: False"});
}

TEST_CASE("cancel before the first step: the body never runs; two cancels deliver one CancelledError") {
    // conformance 038_cancel_before_first_step
    aio::EventLoop loop(virtual_time());
    Out out;
    loop.run_until_complete([](Out& out) -> aio::Coro<void> {
        auto body = [](std::string name, Out& out) -> aio::Coro<std::string> {
            out(name + " body started");
            try {
                co_await aio::sleep(1);
            } catch (...) {
                out(name + " finally");
                throw;
            }
            out(name + " finally");
            co_return name;
        };
        auto t = aio::create_task(body("never", out));
        out(std::string("cancel -> ") + (t.cancel() ? "True" : "False") +
            " done: " + (t.done() ? "True" : "False"));
        CHECK(t.cancel());  // a second request before the first step
        CHECK(t.cancelling() == 2);
        auto t_ok = aio::create_task(body("runs", out));
        try {
            co_await t;
        } catch (const aio::CancelledError&) {
            out(std::string("never-started task cancelled: ") + (t.cancelled() ? "True" : "False"));
        }
        out("second task: " + co_await t_ok);
        auto t3 = aio::create_task(body("once", out));
        co_await aio::sleep(0);
        t3.cancel();
        co_await aio::gather(aio::return_exceptions, t3);
        out(std::string("started-then-cancelled: ") + (t3.cancelled() ? "True" : "False"));
    }(out));
    CHECK(out.lines == Lines{"cancel -> True done: False", "runs body started",
                             "never-started task cancelled: True", "runs finally", "second task: runs",
                             "once body started", "once finally", "started-then-cancelled: True"});
}

TEST_CASE("a task that swallows cancellation keeps working and ends with its result") {
    // conformance 039_cancel_swallowed
    aio::EventLoop loop(virtual_time());
    Out out;
    loop.run_until_complete([](Out& out) -> aio::Coro<void> {
        aio::EventLoop& loop = aio::get_running_loop();
        auto ignorer = [](Out& out) -> aio::Coro<int> {
            try {
                co_await aio::sleep(5);
            } catch (const aio::CancelledError&) { out("ignoring cancellation"); }
            co_await aio::sleep(1);
            out("kept working");
            co_return 42;
        };
        auto t = aio::create_task(ignorer(out));
        co_await aio::sleep(1);
        out(std::string("cancel -> ") + (t.cancel() ? "True" : "False"));
        int result = co_await t;
        out(fixed(loop.time(), 1) + " result " + std::to_string(result) +
            ", cancelled=" + (t.cancelled() ? "True" : "False"));
        out(std::string("cancel on finished task -> ") + (t.cancel() ? "True" : "False"));
        CHECK(t.cancelling() == 1);  // the request is still counted: uncancel() takes it back
        CHECK(t.uncancel() == 0);
        CHECK(t.uncancel() == 0);
    }(out));
    CHECK(out.lines == Lines{"cancel -> True", "ignoring cancellation", "kept working",
                             "2.0 result 42, cancelled=False", "cancel on finished task -> False"});
}

TEST_CASE("a task cancelled while it awaits another task cancels that task too") {
    aio::EventLoop loop(virtual_time());
    Out out;
    loop.run_until_complete([](Out& out) -> aio::Coro<void> {
        auto inner = aio::create_task([](Out& out) -> aio::Coro<void> {
            try {
                co_await aio::sleep(10);
            } catch (const aio::CancelledError&) {
                out("inner cancelled");
                throw;
            }
        }(out));
        auto outer = aio::create_task([](aio::Task<void> inner, Out& out) -> aio::Coro<void> {
            try {
                co_await inner;
            } catch (const aio::CancelledError&) {
                out("outer cancelled");
                throw;
            }
        }(inner, out));
        co_await aio::sleep(1);
        outer.cancel();
        co_await aio::gather(aio::return_exceptions, outer);
        CHECK(inner.cancelled());
        CHECK(outer.cancelled());
    }(out));
    CHECK(out.lines == Lines{"inner cancelled", "outer cancelled"});
}

TEST_CASE("a task cancelling itself gets CancelledError at its next suspension") {
    aio::EventLoop loop(virtual_time());
    auto t = loop.create_task([]() -> aio::Coro<int> {
        aio::current_task()->cancel("self");
        co_await aio::sleep(0);
        co_return 1;
    }());
    CHECK_THROWS_AS(loop.run_until_complete(aio::Future<int>(t)), aio::CancelledError);
    CHECK(t.cancelled());
}

TEST_CASE("a task cancelled right before its coroutine returns ends cancelled") {
    aio::EventLoop loop(virtual_time());
    auto t = loop.create_task([]() -> aio::Coro<int> {
        aio::current_task()->cancel();
        co_return 1;
    }());
    loop.run_until_complete(
        [](aio::Task<int> t) -> aio::Coro<void> { co_await aio::gather(aio::return_exceptions, t); }(t));
    CHECK(t.cancelled());
}

TEST_CASE("names: Task-N for unnamed tasks from a process-wide counter; given names kept") {
    aio::EventLoop loop(virtual_time());
    auto a = loop.create_task([]() -> aio::Coro<void> { co_return; }());
    auto b = loop.create_task([]() -> aio::Coro<void> { co_return; }(), "named");
    auto c = loop.create_task([]() -> aio::Coro<void> { co_return; }());
    const std::string& an = a.get_name();
    REQUIRE(an.rfind("Task-", 0) == 0);
    int n = std::stoi(an.substr(5));
    CHECK(b.get_name() == "named");
    CHECK(c.get_name() == "Task-" + std::to_string(n + 1));
    c.set_name("renamed");
    CHECK(c.get_name() == "renamed");
    loop.run_until_complete(aio::Future<void>(c));
    aio::TaskBase::reset_default_name_counter();
    auto d = loop.create_task([]() -> aio::Coro<void> { co_return; }());
    CHECK(d.get_name() == "Task-1");
    loop.run_until_complete(aio::Future<void>(d));
    loop.run_until_complete(aio::Future<void>(a));
}

TEST_CASE("current_task and all_tasks") {
    // conformance 064_current_task_all_tasks
    aio::EventLoop loop(virtual_time());
    Out out;
    CHECK(aio::current_task() == nullptr);
    loop.run_until_complete([](Out& out) -> aio::Coro<void> {
        aio::EventLoop& loop = aio::get_running_loop();
        aio::TaskBase* main_task = aio::current_task();
        REQUIRE(main_task != nullptr);
        auto all = aio::all_tasks();
        CHECK(all.size() == 1);
        CHECK(all[0].get() == main_task);
        std::vector<aio::Task<void>> tasks;
        for (int n : {1, 2, 3}) {
            tasks.push_back(aio::create_task(
                [](int n, Out& out) -> aio::Coro<void> {
                    out("child " + std::to_string(n) +
                        ": current task name = " + aio::current_task()->name());
                    co_await aio::sleep(n);
                }(n, out),
                "child-" + std::to_string(n)));
        }
        out("after create_task: " + std::to_string(aio::all_tasks().size()));
        loop.call_soon([&out] {
            out(std::string("in a plain callback, current_task() is null: ") +
                (aio::current_task() ? "False" : "True"));
        });
        co_await aio::sleep(1.5);
        std::vector<std::string> names;
        for (auto& t : aio::all_tasks())
            if (t.get() != main_task) names.push_back(t->name());
        std::sort(names.begin(), names.end());
        out("at 1.5: " + std::to_string(aio::all_tasks().size()) + " " + names.at(0) + " " + names.at(1));
        co_await aio::gather(tasks);
        out("at end: " + std::to_string(aio::all_tasks().size()));
        CHECK(aio::current_task() == main_task);
    }(out));
    CHECK(out.lines == Lines{"after create_task: 4", "child 1: current task name = child-1",
                             "child 2: current task name = child-2", "child 3: current task name = child-3",
                             "in a plain callback, current_task() is null: True", "at 1.5: 3 child-2 child-3",
                             "at end: 1"});
}

TEST_CASE("tasks do not support set_exception; a task cannot await itself") {
    aio::EventLoop loop(virtual_time());
    auto t = loop.create_task([]() -> aio::Coro<void> { co_await aio::sleep(1); }());
    CHECK_THROWS_WITH_AS(t.set_exception(std::runtime_error("x")),
                         "Task does not support set_exception operation", aio::RuntimeError);
    CHECK_THROWS_WITH_AS(t.result(), "Result is not set.", aio::InvalidStateError);
    loop.run_until_complete(aio::Future<void>(t));

    aio::Task<void> self;
    self = loop.create_task([](aio::Task<void>& self) -> aio::Coro<void> { co_await self; }(self));
    CHECK_THROWS_AS(loop.run_until_complete(aio::Future<void>(self)), aio::RuntimeError);
}

TEST_CASE("awaiting a future of another loop is an error in the awaiting task") {
    aio::EventLoop other(virtual_time());
    auto foreign = other.create_future<int>();
    aio::EventLoop loop(virtual_time());
    CHECK_THROWS_AS(
        loop.run_until_complete([](aio::Future<int> f) -> aio::Coro<int> { co_return co_await f; }(foreign)),
        aio::RuntimeError);
}

TEST_CASE("dropping every handle of a pending task does not stop it; its frame is freed when it ends") {
    long before = aio::detail::live_coroutine_frames();
    aio::EventLoop loop(virtual_time());
    int finished = 0;
    loop.run_until_complete([](int& finished) -> aio::Coro<void> {
        for (int i = 0; i < 3; ++i) {
            aio::create_task([](int& finished) -> aio::Coro<void> {
                co_await aio::sleep(1);
                ++finished;
            }(finished));
        }
        co_await aio::sleep(2);
    }(finished));
    CHECK(finished == 3);
    CHECK(aio::detail::live_coroutine_frames() == before);
}
