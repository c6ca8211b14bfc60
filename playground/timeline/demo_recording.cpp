#include "demo_recording.hpp"

#include "loopscope/python/engine.hpp"

namespace loopscope::timeline {

DemoRun record_script(std::string_view source, std::string_view filename, run_model::Recorder& recorder) {
    DemoRun result;
    python::EngineOptions options;
    options.virtual_time = true;
    options.seed = 0;
    options.toplevel_await = true;  // as the playground runs scripts: notebook cells too
    options.trace = &recorder;
    options.on_stdout = [&result](std::string_view text) { result.output.append(text); };
    options.on_stderr = [&result](std::string_view text) { result.output.append(text); };
    python::Engine engine(std::move(options));
    const python::RunResult r = engine.run(source, filename);
    result.output += r.traceback;
    result.ok = r.ok;
    return result;
}

std::string generate_many_tasks_script(int tasks) {
    // Sleeps of many lengths, a yield, and a child task awaited: waits, wake-ups and spawn links.
    return "import asyncio\n"
           "\n"
           "async def child(i):\n"
           "    await asyncio.sleep(0)\n"
           "    return i\n"
           "\n"
           "async def worker(i):\n"
           "    await asyncio.sleep((i % 97) * 0.001)\n"
           "    await asyncio.sleep(0)\n"
           "    if i % 10 == 0:\n"
           "        await asyncio.create_task(child(i))\n"
           "    await asyncio.sleep(0.01)\n"
           "    return i\n"
           "\n"
           "async def main():\n"
           "    results = await asyncio.gather(*[worker(i) for i in range(" +
           std::to_string(tasks) +
           ")])\n"
           "    print(len(results), 'tasks done')\n"
           "\n"
           "asyncio.run(main())\n";
}

}  // namespace loopscope::timeline
