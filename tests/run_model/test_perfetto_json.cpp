// Perfetto / Chrome trace JSON: parsed back with the strict JSON reader (json_reader.hpp), then checked
// for the tracks, slices, flows, counter and instants the format promises.
#include "perfetto_json.hpp"

#include <cmath>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "json_reader.hpp"
#include "support.hpp"

using namespace run_model_test;

namespace {

std::vector<Json> events_of(const Recorder& rec) {
    const std::string text = to_perfetto_json(rec);
    Json doc = Reader(text).document();
    REQUIRE(doc.type == Json::object);
    const Json* evs = doc.get("traceEvents");
    REQUIRE(evs != nullptr);
    REQUIRE(evs->type == Json::array);
    return evs->items;
}

aio::Coro<> nap(double d) { co_await aio::sleep(d); }

}  // namespace

TEST_CASE("strings are escaped: quotes, backslashes, control characters, invalid UTF-8") {
    std::string out;
    append_json_string(out, std::string("a\"b\\c\nd\te\x01\x7f", 11));
    CHECK(out == "\"a\\\"b\\\\c\\nd\\te\\u0001\\u007f\"");
    out.clear();
    append_json_string(out, "caf\xc3\xa9 \xe2\x9c\x93 \xff \xc3 \xed\xa0\x80");  // é ✓, then invalid bytes
    CHECK(out == "\"caf\xc3\xa9 \xe2\x9c\x93 \\ufffd \\ufffd \\ufffd\\ufffd\\ufffd\"");
    Json back = Reader(out).document();
    CHECK(back.str.substr(0, 10) == "caf\xc3\xa9 \xe2\x9c\x93 ");
}

TEST_CASE("the reader itself rejects invalid JSON (so the checks below can fail)") {
    for (const char* bad :
         {"{", "[1,]", "{\"a\":1,}", "\"a\nb\"", "01", "[1 2]", "{\"a\" 1}", "nul", "\"\\x\""})
        CHECK_THROWS(Reader(std::string(bad)).document());
    CHECK_NOTHROW(Reader(std::string("{\"a\":[1,-2.5e3,true,false,null,\"\\u00e9\"]}")).document());
}

TEST_CASE("a run's trace: named task tracks, step slices, flows, counter, output, truncation") {
    Recorder rec;
    run_traced(rec, []() -> aio::Coro<> {
        auto a = aio::create_task(nap(0.25), "quote\"and\\slash");
        auto b = aio::create_task(nap(0.5), "b");
        co_await a;
        co_await b;
    });
    aio::TraceEvent out{aio::TraceKind::output};
    out.loop_time = 0.5;
    out.text = "hello \"world\"\n\ttab";
    rec.record(out);

    const std::vector<Json> evs = events_of(rec);
    std::map<double, std::string> thread_names;  // tid -> name
    int steps = 0, flow_starts = 0, flow_ends = 0, counters = 0, outputs = 0, awaits = 0;
    std::set<double> flow_ids;
    for (const Json& e : evs) {
        const std::string ph = e.s("ph");
        REQUIRE_FALSE(ph.empty());
        CHECK(e.n("pid") == 1);
        if (ph == "M" && e.s("name") == "thread_name") thread_names[e.n("tid")] = e.get("args")->s("name");
        if (ph == "X") {
            CHECK(e.n("dur") >= 0);
            CHECK(e.n("ts") >= 0);
            if (e.s("name") == "step") ++steps;
            if (e.s("name") == "await sleep") {
                ++awaits;
                CHECK(e.get("args")->n("future") > 0);
            }
        }
        if (ph == "s") ++flow_starts, flow_ids.insert(e.n("id"));
        if (ph == "f") {
            ++flow_ends;
            CHECK(e.s("bp") == "e");
            CHECK(flow_ids.count(e.n("id")) == 1);
        }
        if (ph == "C") {
            ++counters;
            CHECK(e.s("name") == "ready queue");
            CHECK(e.get("args")->n("length") >= 0);
        }
        if (ph == "i" && e.s("cat") == "stdout") {
            ++outputs;
            CHECK(e.get("args")->s("text") == "hello \"world\"\n\ttab");
            CHECK(e.n("ts") == doctest::Approx(500000.0));
        }
    }
    std::set<std::string> names;
    for (auto& [tid, name] : thread_names) names.insert(name);
    CHECK(names.count("event loop") == 1);
    CHECK(names.count("quote\"and\\slash") == 1);
    CHECK(names.count("b") == 1);
    CHECK(names.count("Task-1") == 1);
    std::uint32_t total_steps = 0;
    for (const TaskRecord& t : rec.index().tasks()) total_steps += t.steps;
    CHECK(steps == static_cast<int>(total_steps));
    CHECK(awaits == 2);
    CHECK(flow_starts == static_cast<int>(rec.index().arrows().size()));
    CHECK(flow_ends == flow_starts);
    CHECK(counters == static_cast<int>(rec.index().ready_length().size()));
    CHECK(outputs == 1);

    // Truncated: a global instant says so.
    Recorder small(RecorderLimits{20, 1 << 20});
    run_traced(small, [] { return nap(0.1); });
    run_traced(small, [] { return nap(0.1); });
    REQUIRE(small.truncated());
    bool marker = false;
    for (const Json& e : events_of(small))
        if (e.s("ph") == "i" && e.s("name") == "trace truncated") {
            marker = true;
            CHECK(e.s("s") == "g");
            CHECK(e.get("args")->n("dropped_events") == static_cast<double>(small.dropped()));
        }
    CHECK(marker);
}

TEST_CASE("executor workers get a thread each, with a slice per job") {
    Recorder rec;
    aio::ThreadPoolExecutor pool(1, "w");
    run_traced(rec, [&]() -> aio::Coro<> {
        co_await aio::run_in_executor(&pool, [] { return 1; });
        co_await aio::run_in_executor(&pool, [] { return 2; });
    });
    int jobs = 0;
    double worker_tid = -1;
    for (const Json& e : events_of(rec)) {
        if (e.s("ph") == "M" && e.s("name") == "thread_name" &&
            e.get("args")->s("name").find("worker") != std::string::npos)
            worker_tid = e.n("tid");
    }
    REQUIRE(worker_tid >= 0);
    for (const Json& e : events_of(rec))
        if (e.s("ph") == "X" && e.s("cat") == "executor") {
            ++jobs;
            CHECK(e.n("tid") == worker_tid);
        }
    CHECK(jobs == 2);
}

TEST_CASE("worker threads are named by the executor's number, not its opaque id") {
    Recorder rec;
    aio::ThreadPoolExecutor first(1, "a"), second(1, "b");
    run_traced(rec, [&]() -> aio::Coro<> {
        co_await aio::run_in_executor(&second, [] { return 1; });
        co_await aio::run_in_executor(&first, [] { return 2; });
        co_await aio::run_in_executor(&second, [] { return 3; });
    });
    const RunIndex& ix = rec.index();
    REQUIRE(ix.workers().size() == 2);
    CHECK(ix.executor_number(0) == 1);  // `second` ran the first job
    CHECK(ix.executor_number(1) == 2);
    CHECK(ix.executor_number(7) == 0);
    std::vector<std::string> names;
    for (const Json& e : events_of(rec))
        if (e.s("ph") == "M" && e.s("name") == "thread_name" &&
            e.get("args")->s("name").find("worker") != std::string::npos)
            names.push_back(e.get("args")->s("name"));
    REQUIRE(names.size() == 2);
    CHECK(names[0] == "worker 0 (executor 1)");
    CHECK(names[1] == "worker 0 (executor 2)");
}

TEST_CASE("a process lane is named by its pid and name and is not counted as an executor") {
    // What the Python engine records for a multiprocessing process (runtime/python/port/processes.h):
    // one job of the pseudo-executor 1 << 24, worker = pid, executor_queued's text = its name.
    Recorder rec;
    aio::ThreadPoolExecutor pool(1, "p");
    run_traced(rec, [&]() -> aio::Coro<> {
        aio::TraceEvent queued{aio::TraceKind::executor_queued, 1001};
        queued.id = std::uint64_t{1} << 40;
        queued.other = std::uint64_t{1} << 24;
        queued.text = "Process-1";
        aio::get_running_loop().trace(queued);
        co_await aio::sleep(0.5);
        for (auto kind : {aio::TraceKind::executor_started, aio::TraceKind::executor_finished}) {
            aio::TraceEvent e{kind, 1001};
            e.id = queued.id;
            e.other = queued.other;
            e.value = kind == aio::TraceKind::executor_finished ? 0.25 : 0.0;
            aio::get_running_loop().trace(e);
        }
        co_await aio::run_in_executor(&pool, [] { return 1; });
    });
    const RunIndex& ix = rec.index();
    REQUIRE(ix.workers().size() == 2);
    CHECK(rec.str(ix.workers()[0].process_name) == "Process-1");
    CHECK(ix.lane_label(0, "Process-1") == "process 1001 (Process-1)");
    CHECK(ix.executor_number(0) == 0);
    CHECK(ix.executor_number(1) == 1);  // the pool is still executor 1
    CHECK(ix.lane_label(1, "") == "worker 0 (executor 1)");
    const JobRecord& job = ix.jobs()[ix.workers()[0].jobs.at(0)];
    CHECK(job.run_seconds == 0.25);
    CHECK(job.start_time == doctest::Approx(0.25));
    std::vector<std::string> names;
    for (const Json& e : events_of(rec))
        if (e.s("ph") == "M" && e.s("name") == "thread_name") {
            const std::string name = e.get("args")->s("name");
            if (name.rfind("process ", 0) == 0 || name.rfind("worker ", 0) == 0) names.push_back(name);
        }
    CHECK(names == std::vector<std::string>{"process 1001 (Process-1)", "worker 0 (executor 1)"});
    std::vector<std::string> slices;
    for (const Json& e : events_of(rec))
        if (e.s("ph") == "X" && e.s("cat") == "executor") slices.push_back(e.s("name"));
    REQUIRE(slices.size() == 2);
    CHECK(slices[0] == "Process-1");  // the process's slice is named as it; a pool job by its id
    CHECK(slices[1].rfind("job ", 0) == 0);
}

TEST_CASE("an empty record is a valid trace") {
    Recorder rec;
    const std::vector<Json> evs = events_of(rec);
    CHECK(evs.size() == 3);  // process name, loop thread name, its sort index
}

TEST_CASE("a trace larger than the writer's chunk is written whole to a stream") {
    Recorder rec;
    std::string line(60, 'z');
    for (int i = 0; i < 40000; ++i) {
        aio::TraceEvent e{aio::TraceKind::output};
        e.loop_time = i * 1e-3;
        line[0] = static_cast<char>('a' + i % 26);
        e.text = line;
        rec.record(e);
    }
    std::ostringstream out;
    write_perfetto_json(rec, out);
    const std::string text = out.str();
    CHECK(text.size() > (4u << 20));
    CHECK(text == to_perfetto_json(rec));
    Json doc = Reader(text).document();
    int lines = 0;
    for (const Json& e : doc.get("traceEvents")->items)
        if (e.s("ph") == "i" && e.s("cat") == "stdout") ++lines;
    CHECK(lines == 40000);
}

TEST_CASE("a cancellation request is an instant on the cancelled task's track: through what, by whom") {
    Recorder rec;
    run_traced(rec, []() -> aio::Coro<> {
        auto a = aio::create_task(nap(5.0), "victim");
        co_await aio::sleep(1.0);
        a.cancel();
        co_await settle(std::move(a));
    });
    const std::vector<Json> evs = events_of(rec);
    double victim_tid = -1;
    for (const Json& e : evs)
        if (e.s("ph") == "M" && e.s("name") == "thread_name" &&
            e.get("args")->s("name").find("victim") != std::string::npos)
            victim_tid = e.n("tid");
    int found = 0;
    for (const Json& e : evs) {
        if (e.s("cat") != "cancel") continue;
        ++found;
        CHECK(e.s("ph") == "i");
        CHECK(e.s("name") == "cancel requested via cancel()");
        CHECK(e.n("tid") == victim_tid);
        CHECK(e.n("ts") == doctest::Approx(1e6));
        CHECK(e.get("args")->s("by") == "Task-1");
    }
    CHECK(found == 1);
}
