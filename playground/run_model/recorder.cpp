#include "recorder.hpp"

#include <cstdio>

namespace loopscope::run_model {

Recorder::Recorder(RecorderLimits limits) : limits_(limits) {}

void Recorder::record(const aio::TraceEvent& event) {
    if (truncated_) [[unlikely]] {
        ++dropped_;
        return;
    }
    const std::size_t text_bytes = event.text.size() + event.file.size();
    if (events_.size() >= limits_.max_events ||
        strings_.bytes() + console_text_.size() + text_bytes > limits_.max_string_bytes) [[unlikely]] {
        truncated_ = true;
        truncated_time_ = event.loop_time;
        ++dropped_;
        return;
    }
    Event e;
    e.time = event.loop_time;
    e.value = event.value;
    e.id = event.id;
    e.other = event.other;
    e.arg = event.arg;
    if (event.kind == aio::TraceKind::output) {
        e.id = console_text_.size();
        e.other = event.text.size();
        console_text_.append(event.text);
    } else {
        e.text = strings_.intern(event.text);
        e.file = strings_.intern(event.file);
    }
    e.line = event.line;
    e.kind = event.kind;
    const auto index = static_cast<std::uint32_t>(events_.size());
    events_.push_back(e);
    index_.apply(index, events_.back(), strings_);
}

void Recorder::clear() {
    events_.clear();
    strings_.clear();
    console_text_.clear();
    index_ = RunIndex();
    truncated_ = false;
    dropped_ = 0;
    truncated_time_ = 0.0;
    ++generation_;
}

const char* format_task_title(const Recorder& recorder, std::uint32_t task, char* out, std::size_t size) {
    if (size == 0) return out;
    const auto& tasks = recorder.index().tasks();
    if (task >= tasks.size()) {
        std::snprintf(out, size, "-");
        return out;
    }
    const std::string_view name = recorder.str(tasks[task].name);
    const std::string_view coro = recorder.str(tasks[task].coroutine);
    if (coro.empty())
        std::snprintf(out, size, "%.*s", static_cast<int>(name.size()), name.data());
    else
        std::snprintf(out, size, "%.*s() %.*s", static_cast<int>(coro.size()), coro.data(),
                      static_cast<int>(name.size()), name.data());
    return out;
}

std::string task_title(const Recorder& recorder, std::uint32_t task) {
    char text[256];
    return format_task_title(recorder, task, text, sizeof(text));
}

}  // namespace loopscope::run_model
