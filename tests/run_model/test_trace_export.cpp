// The playground's Export: the file name, and the file written (valid Perfetto JSON holding the
// run's tasks, also for a run still in progress; errors returned, never thrown).
#include "trace_export.hpp"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "json_reader.hpp"
#include "perfetto_json.hpp"
#include "support.hpp"

using namespace run_model_test;

namespace {

aio::Coro<> nap(double d) { co_await aio::sleep(d); }

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The task names of a trace (its thread_name metadata), the trace parsed strictly.
std::set<std::string> thread_names(const std::string& json) {
    const Json doc = Reader(json).document();
    REQUIRE(doc.type == Json::object);
    const Json* events = doc.get("traceEvents");
    REQUIRE(events != nullptr);
    REQUIRE(events->type == Json::array);
    std::set<std::string> names;
    for (const Json& e : events->items)
        if (e.s("ph") == "M" && e.s("name") == "thread_name") names.insert(e.get("args")->s("name"));
    return names;
}

// A fresh folder under the system's temporary one, removed at the end of the test.
struct TempFolder {
    std::filesystem::path path;
    TempFolder() {
        path = std::filesystem::temp_directory_path() /
               ("loopscope-export-test-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~TempFolder() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
};

}  // namespace

TEST_CASE("trace_file_name: the script's name made safe and a UTC timestamp") {
    const std::time_t when = 1795345036;  // 2026-11-22 10:57:16 UTC
    CHECK(trace_file_name("gather", when) == "loopscope-trace-gather-20261122-105716.json");
    CHECK(trace_file_name("producer_consumer", 0) ==
          "loopscope-trace-producer_consumer-19700101-000000.json");
    // Anything but letters, digits, '-' and '_' becomes one '_'; none at the ends.
    CHECK(trace_file_name("../my script?.py", when) == "loopscope-trace-my_script_py-20261122-105716.json");
    CHECK(trace_file_name("caf\xc3\xa9 au lait", when) == "loopscope-trace-caf_au_lait-20261122-105716.json");
    CHECK(trace_file_name("", when) == "loopscope-trace-script-20261122-105716.json");
    CHECK(trace_file_name("/\\:*", when) == "loopscope-trace-script-20261122-105716.json");
    const std::string longer = trace_file_name(std::string(200, 'x'), when);
    CHECK(longer == "loopscope-trace-" + std::string(48, 'x') + "-20261122-105716.json");
}

TEST_CASE("write_trace_file: the run's Perfetto JSON, the same as to_perfetto_json") {
    Recorder rec;
    run_traced(rec, []() -> aio::Coro<> {
        auto a = aio::create_task(nap(0.25), "fetcher");
        auto b = aio::create_task(nap(0.5), "parser \"quoted\"");
        co_await a;
        co_await b;
    });
    TempFolder folder;
    const std::string name = trace_file_name("tasks", 1795345036);
    const TraceFileResult r = write_trace_file(rec, folder.path.string(), name);
    REQUIRE_MESSAGE(r.ok, r.error);
    CHECK(r.error.empty());
    CHECK(std::filesystem::path(r.path).is_absolute());
    CHECK(std::filesystem::path(r.path) == folder.path / name);
    const std::string text = read_file(r.path);
    CHECK(text == to_perfetto_json(rec));
    const std::set<std::string> names = thread_names(text);
    CHECK(names.count("fetcher") == 1);
    CHECK(names.count("parser \"quoted\"") == 1);
    CHECK(names.count("Task-1") == 1);
    CHECK(names.count("event loop") == 1);

    // Exporting again overwrites the file (same name), never appends.
    CHECK(write_trace_file(rec, folder.path.string(), name).ok);
    CHECK(read_file(r.path) == text);
}

TEST_CASE("a run in progress exports what was recorded so far") {
    Recorder rec;
    TempFolder folder;
    std::string mid_run;
    std::size_t events_then = 0;
    run_traced(rec, [&]() -> aio::Coro<> {
        auto early = aio::create_task(nap(0.1), "early");
        co_await early;
        // `late` exists but has not run; `never` is created only after the export.
        auto late = aio::create_task(nap(0.2), "late");
        const TraceFileResult r = write_trace_file(rec, folder.path.string(), "mid.json");
        CHECK_MESSAGE(r.ok, r.error);
        mid_run = read_file(r.path);
        events_then = rec.size();
        co_await late;
        auto never = aio::create_task(nap(0.1), "after the export");
        co_await never;
    });
    REQUIRE(events_then > 0);
    REQUIRE(rec.size() > events_then);
    const std::set<std::string> names = thread_names(mid_run);  // valid JSON though the run went on
    CHECK(names.count("early") == 1);
    CHECK(names.count("late") == 1);
    CHECK(names.count("after the export") == 0);
    CHECK(thread_names(to_perfetto_json(rec)).count("after the export") == 1);
}

TEST_CASE("an unwritable place is an error, not a crash") {
    Recorder rec;
    run_traced(rec, []() -> aio::Coro<> { co_await nap(0.1); });
    TempFolder folder;

    const TraceFileResult missing = write_trace_file(rec, (folder.path / "no" / "such").string(), "t.json");
    CHECK_FALSE(missing.ok);
    CHECK(missing.error.find("does not exist") != std::string::npos);
    CHECK(missing.error.find("t.json") != std::string::npos);

    const auto file = folder.path / "plain-file";
    std::ofstream(file) << "x";
    const TraceFileResult not_folder = write_trace_file(rec, file.string(), "t.json");
    CHECK_FALSE(not_folder.ok);
    CHECK(not_folder.error.find("is not a folder") != std::string::npos);

    // A name that is a folder already cannot be opened as a file.
    std::filesystem::create_directories(folder.path / "taken.json");
    const TraceFileResult taken = write_trace_file(rec, folder.path.string(), "taken.json");
    CHECK_FALSE(taken.ok);
    CHECK_FALSE(taken.error.empty());
    CHECK(std::filesystem::is_directory(folder.path / "taken.json"));  // left alone
}
