// The Perfetto / Chrome Trace Event Format export (perfetto_json.hpp), streamed in 1 MiB chunks.
//
// Index of this file:
//   UTF-8
//   Writer (events, chunks)
//   Names
//   JSON strings
//   The export (metadata, tasks, arrows, loop, workers, counter, output)
#include "perfetto_json.hpp"

#include "pitfalls.hpp"

#include <cmath>
#include <cstdio>
#include <ostream>
#include <sstream>

namespace loopscope::run_model {

namespace {

constexpr int pid = 1;
constexpr std::uint32_t loop_tid = 1;
constexpr std::uint32_t first_worker_tid = 2;
constexpr std::uint32_t first_task_tid = 1000000;  // above any realistic count of worker lanes

std::uint32_t task_tid(std::uint32_t task) { return first_task_tid + task; }
std::uint32_t worker_tid(std::uint32_t lane) { return first_worker_tid + lane; }

// ---- UTF-8 --------------------------------------------------------------------------------------

// Length of the valid UTF-8 sequence at s[i], or 0 if the bytes there are not one.
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n;
    std::uint32_t cp;
    if (c < 0x80) return 1;
    if ((c & 0xE0) == 0xC0)
        n = 2, cp = c & 0x1F;
    else if ((c & 0xF0) == 0xE0)
        n = 3, cp = c & 0x0F;
    else if ((c & 0xF8) == 0xF0)
        n = 4, cp = c & 0x07;
    else
        return 0;
    if (i + n > s.size()) return 0;
    for (std::size_t k = 1; k < n; ++k) {
        const auto cc = static_cast<unsigned char>(s[i + k]);
        if ((cc & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not valid UTF-8.
    if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
}

// ---- Writer (events, chunks) --------------------------------------------------------------------

class Writer {
public:
    Writer(double t0, std::ostream& sink) : t0_(t0), sink_(sink) { out_.reserve(chunk + 4096); }

    std::string& out() { return out_; }
    // Hands what is written so far to the stream (a large trace is never held whole in memory).
    void flush() {
        sink_.write(out_.data(), static_cast<std::streamsize>(out_.size()));
        out_.clear();
    }

    // Starts one event object: {"ph":..,"pid":1,"tid":..,"ts":..
    void begin(const char* ph, std::uint32_t tid, double time) {
        if (out_.size() >= chunk) flush();
        out_ += first_ ? "\n" : ",\n";
        first_ = false;
        out_ += "{\"ph\":\"";
        out_ += ph;
        out_ += "\",\"pid\":";
        number(pid);
        out_ += ",\"tid\":";
        number(tid);
        out_ += ",\"ts\":";
        micros(time - t0_);
    }
    void key(const char* k) {
        out_ += ",\"";
        out_ += k;
        out_ += "\":";
    }
    void str(const char* k, std::string_view v) {
        key(k);
        append_json_string(out_, v);
    }
    void num(const char* k, double v) {
        key(k);
        real(v);
    }
    void dur(double seconds) {
        key("dur");
        micros(seconds < 0 ? 0.0 : seconds);
    }
    void end() { out_ += '}'; }

    void number(std::uint64_t v) { out_ += std::to_string(v); }
    void real(double v) {
        if (!std::isfinite(v)) {
            out_ += v > 0 ? "1e308" : (v < 0 ? "-1e308" : "0");
            return;
        }
        char buf[40];
        std::snprintf(buf, sizeof buf, "%.9g", v);
        out_ += buf;
    }
    void micros(double seconds) {
        const double us = seconds * 1e6;
        if (!std::isfinite(us)) {
            real(us);
            return;
        }
        char buf[40];
        std::snprintf(buf, sizeof buf, "%.3f", us);
        out_ += buf;
    }

    void metadata(const char* what, std::uint32_t tid, std::string_view name) {
        if (out_.size() >= chunk) flush();
        out_ += first_ ? "\n" : ",\n";
        first_ = false;
        out_ += "{\"ph\":\"M\",\"pid\":";
        number(pid);
        out_ += ",\"tid\":";
        number(tid);
        out_ += ",\"name\":\"";
        out_ += what;
        out_ += "\",\"args\":{\"name\":";
        append_json_string(out_, name);
        out_ += "}}";
    }
    void sort_index(std::uint32_t tid, std::uint64_t index) {
        out_ += ",\n{\"ph\":\"M\",\"pid\":";
        number(pid);
        out_ += ",\"tid\":";
        number(tid);
        out_ += ",\"name\":\"thread_sort_index\",\"args\":{\"sort_index\":";
        number(index);
        out_ += "}}";
    }

private:
    static constexpr std::size_t chunk = 1 << 20;
    std::string out_;
    double t0_;
    std::ostream& sink_;
    bool first_ = true;
};

// ---- Names --------------------------------------------------------------------------------------

const char* wake_name(aio::WakeSource s) {
    switch (s) {
        case aio::WakeSource::start: return "start";
        case aio::WakeSource::yield: return "yield";
        case aio::WakeSource::future: return "future";
        case aio::WakeSource::cancel: return "cancel";
        case aio::WakeSource::error: return "error";
    }
    return "?";
}

}  // namespace

// ---- JSON strings -------------------------------------------------------------------------------

void append_json_string(std::string& out, std::string_view s) {
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80) {
            const std::size_t n = utf8_sequence(s, i);
            if (n == 0) {
                out += "\\ufffd";
                ++i;
            } else {
                out.append(s.data() + i, n);
                i += n;
            }
            continue;
        }
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (c < 0x20 || c == 0x7F) {
                    out += "\\u00";
                    out += hex[c >> 4];
                    out += hex[c & 0xF];
                } else {
                    out += static_cast<char>(c);
                }
        }
        ++i;
    }
    out += '"';
}

// ---- The export (metadata, tasks, arrows, loop, workers, counter, output) -----------------------

std::string to_perfetto_json(const Recorder& recorder) {
    std::ostringstream out;
    write_perfetto_json(recorder, out);
    return std::move(out).str();
}

void write_perfetto_json(const Recorder& rec, std::ostream& sink) {
    const auto& events = rec.events();
    const RunIndex& ix = rec.index();
    const double t0 = events.empty() ? 0.0 : events.front().time;
    const double t_end = events.empty() ? 0.0 : events.back().time;
    Writer w(t0, sink);
    w.out() += "{\"displayTimeUnit\":\"ms\",\"traceEvents\":[";

    w.metadata("process_name", loop_tid, "Loopscope run");
    w.metadata("thread_name", loop_tid, "event loop");
    w.sort_index(loop_tid, 0);
    for (std::uint32_t l = 0; l < ix.workers().size(); ++l) {
        const WorkerLane& lane = ix.workers()[l];
        w.metadata("thread_name", worker_tid(l), ix.lane_label(l, rec.str(lane.process_name)));
        w.sort_index(worker_tid(l), 1 + l);
    }
    for (std::uint32_t t = 0; t < ix.tasks().size(); ++t) {
        w.metadata("thread_name", task_tid(t), task_title(rec, t));  // as the timeline's lane
        w.sort_index(task_tid(t), first_task_tid + t);
    }

    // Tasks: their states as consecutive slices.
    std::string name;
    for (std::uint32_t t = 0; t < ix.tasks().size(); ++t) {
        const TaskRecord& task = ix.tasks()[t];
        for (const TaskSegment& seg : task.segments) {
            const double end = seg.open() ? t_end : seg.end_time;
            if (is_final(seg.state)) {
                w.begin("i", task_tid(t), seg.begin_time);
                w.str("name", to_string(seg.state));
                w.str("s", "t");
                w.end();
                continue;
            }
            if (seg.state == TaskState::created) continue;
            w.begin("X", task_tid(t), seg.begin_time);
            w.dur(end - seg.begin_time);
            if (seg.state == TaskState::waiting) {
                name = "await ";
                name += seg.label ? rec.str(seg.label) : std::string_view("?");
            } else {
                name = seg.state == TaskState::running ? "step" : "ready";
            }
            w.str("name", name);
            w.str("cat", "task");
            w.key("args");
            w.out() += "{\"task\":";
            w.number(task.id);
            if (seg.line) {
                w.out() += ",\"file\":";
                append_json_string(w.out(), rec.str(seg.file));
                w.out() += ",\"line\":";
                w.number(seg.line);
            }
            if (seg.state == TaskState::waiting) {
                w.out() += ",\"future\":";
                w.number(seg.future);
            }
            if (seg.state == TaskState::ready) {
                w.out() += ",\"woken_by\":\"";
                w.out() += wake_name(seg.wake);
                w.out() += '"';
            }
            w.out() += '}';
            w.end();
        }
    }

    // Wake-up arrows (flow events bind to the slices around their two ends).
    std::uint64_t flow = 0;
    for (const WakeArrow& a : ix.arrows()) {
        ++flow;
        const std::uint32_t from_tid = a.from.kind == LaneKind::task ? task_tid(a.from.index) : loop_tid;
        w.begin("s", from_tid, a.from_time);
        w.str("name", wake_name(a.source));
        w.str("cat", "wake");
        w.key("id");
        w.number(flow);
        w.end();
        w.begin("f", task_tid(a.to_task), a.to_time);
        w.str("name", wake_name(a.source));
        w.str("cat", "wake");
        w.key("id");
        w.number(flow);
        w.str("bp", "e");
        w.end();
    }

    // The loop's lane.
    for (const LoopSegment& seg : ix.loop_lane()) {
        const double end = seg.end_event == npos ? t_end : seg.end_time;
        w.begin("X", loop_tid, seg.begin_time);
        w.dur(end - seg.begin_time);
        if (seg.kind == LoopActivity::step) {
            name = "run ";
            name += seg.task != npos ? rec.str(ix.tasks()[seg.task].name) : std::string_view("task");
        } else {
            name = to_string(seg.kind);
        }
        if (seg.slow) name += " (slow)";
        w.str("name", name);
        w.str("cat", "loop");
        if (seg.slow || seg.kind == LoopActivity::idle || seg.kind == LoopActivity::callback) {
            w.key("args");
            w.out() += '{';
            if (seg.kind == LoopActivity::callback) {
                w.out() += "\"handle\":";
                w.number(seg.subject);
            } else if (seg.kind == LoopActivity::idle) {
                w.out() += "\"timeout\":";
                w.real(seg.seconds);
            } else {
                w.out() += "\"seconds\":";
                w.real(seg.seconds);
            }
            w.out() += '}';
        }
        w.end();
    }
    for (const LoopSegment& seg : ix.blocked()) {
        w.begin("X", loop_tid, seg.begin_time);
        w.dur(seg.seconds);
        w.str("name", "blocked");
        w.str("cat", "blocked");
        w.key("args");
        w.out() += "{\"seconds\":";
        w.real(seg.seconds);
        w.out() += '}';
        w.end();
    }

    // Executor workers.
    for (std::uint32_t l = 0; l < ix.workers().size(); ++l) {
        for (std::uint32_t ji : ix.workers()[l].jobs) {
            const JobRecord& j = ix.jobs()[ji];
            w.begin("X", worker_tid(l), j.start_time);
            w.dur(j.done_time - j.start_time);
            // A process lane's one job is the process itself: named as it.
            w.str("name", j.name != 0 ? std::string(rec.str(j.name)) : "job " + std::to_string(j.id));
            w.str("cat", "executor");
            w.key("args");
            w.out() += "{\"run_seconds\":";
            w.real(j.run_seconds);
            w.out() += ",\"queue_seconds\":";
            w.real(j.wait_seconds);
            w.out() += '}';
            w.end();
        }
    }

    // Ready-queue length.
    for (const CounterSample& c : ix.ready_length()) {
        w.begin("C", loop_tid, c.time);
        w.str("name", "ready queue");
        w.key("args");
        w.out() += "{\"length\":";
        w.number(c.value);
        w.out() += '}';
        w.end();
    }

    // Output lines.
    constexpr std::size_t max_name = 80;
    for (const ConsoleLine& line : ix.console()) {
        const std::string_view text = rec.console_text(line);
        w.begin("i", loop_tid, line.time);
        std::string_view shown = text.substr(0, max_name);
        // Do not cut a UTF-8 sequence in two.
        while (shown.size() < text.size() && !shown.empty() &&
               (static_cast<unsigned char>(text[shown.size()]) & 0xC0) == 0x80)
            shown.remove_suffix(1);
        w.str("name", shown);
        w.str("cat", line.is_stderr ? "stderr" : "stdout");
        w.str("s", "t");
        w.key("args");
        w.out() += "{\"text\":";
        append_json_string(w.out(), text);
        w.out() += '}';
        w.end();
    }

    // Cancellation requests (chains.hpp): an instant on the cancelled task's track, who asked and how.
    for (const CancelRequest& c : ix.cancel_requests()) {
        if (c.task == npos) continue;
        w.begin("i", task_tid(c.task), c.time);
        w.str("name", std::string("cancel requested via ") + std::string(rec.str(c.via)));
        w.str("cat", "cancel");
        w.str("s", "t");
        w.key("args");
        w.out() += "{\"by\":";
        append_json_string(w.out(),
                           c.by < ix.tasks().size() ? rec.str(ix.tasks()[c.by].name) : std::string_view());
        w.out() += '}';
        w.end();
    }

    // Named pitfalls (pitfalls.hpp), global instants at the moment each was found.
    for (const Pitfall& p : find_pitfalls(rec)) {
        w.begin("i", loop_tid, p.time);
        w.str("name", std::string("warning: ") + std::string(to_string(p.kind)));
        w.str("cat", "pitfall");
        w.str("s", "g");
        w.key("args");
        w.out() += "{\"kind\":";
        append_json_string(w.out(), to_string(p.kind));
        w.out() += ",\"message\":";
        append_json_string(w.out(), p.message);
        w.out() += ",\"fix\":";
        append_json_string(w.out(), p.fix);
        w.out() += ",\"line\":";
        w.number(p.line);
        w.out() += '}';
        w.end();
    }

    if (rec.truncated()) {
        w.begin("i", loop_tid, rec.truncated_at());
        w.str("name", "trace truncated");
        w.str("cat", "recorder");
        w.str("s", "g");
        w.key("args");
        w.out() += "{\"dropped_events\":";
        w.number(rec.dropped());
        w.out() += '}';
        w.end();
    }
    w.out() += "\n]}\n";
    w.flush();
}

}  // namespace loopscope::run_model
