// The Warnings panel's list: the named pitfalls (pitfalls.hpp) of a recording, found incrementally
// as the run records (each update feeds the detector only the events recorded since the last one;
// a new run, i.e. a new recorder generation, starts over), and how many happened before a moment.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "pitfalls.hpp"

namespace loopscope::run_model {

class Recorder;

class WarningTracker {
public:
    WarningTracker();
    ~WarningTracker();
    // Catches up with the recorder; the pitfalls found so far, in the order they happened.
    const std::vector<Pitfall>& update(const Recorder& recorder);
    const std::vector<Pitfall>& pitfalls() const noexcept;
    // How many of them were found before event `events` (the timeline's cursor).
    std::size_t count_before(std::size_t events) const noexcept;

private:
    std::unique_ptr<PitfallDetector> detector_;
    const Recorder* recorder_ = nullptr;
    std::uint64_t generation_ = 0;
    std::size_t fed_ = 0;
};

}  // namespace loopscope::run_model
