// WarningTracker: find_pitfalls, a slice of events at a time.
#include "warnings.hpp"

#include <algorithm>

#include "recorder.hpp"

namespace loopscope::run_model {

WarningTracker::WarningTracker() : detector_(std::make_unique<PitfallDetector>()) {}
WarningTracker::~WarningTracker() = default;

const std::vector<Pitfall>& WarningTracker::update(const Recorder& recorder) {
    if (&recorder != recorder_ || recorder.generation() != generation_ || recorder.size() < fed_) {
        detector_ = std::make_unique<PitfallDetector>();
        recorder_ = &recorder;
        generation_ = recorder.generation();
        fed_ = 0;
    }
    const auto& events = recorder.events();
    for (; fed_ < events.size(); ++fed_) {
        const Event& ev = events[fed_];
        aio::TraceEvent e{ev.kind, ev.arg, ev.id, ev.other, ev.time, ev.value};
        if (ev.kind != aio::TraceKind::output) {
            e.text = recorder.str(ev.text);
            e.file = recorder.str(ev.file);
        }
        e.line = ev.line;
        detector_->record(e);
    }
    return detector_->pitfalls();
}

const std::vector<Pitfall>& WarningTracker::pitfalls() const noexcept { return detector_->pitfalls(); }

std::size_t WarningTracker::count_before(std::size_t events) const noexcept {
    const auto& ps = detector_->pitfalls();
    return static_cast<std::size_t>(
        std::partition_point(ps.begin(), ps.end(), [&](const Pitfall& p) { return p.event < events; }) -
        ps.begin());
}

}  // namespace loopscope::run_model
