#include "moment.hpp"

namespace loopscope::run_model {

std::string console_at(const Recorder& recorder, const RunState& state) {
    std::string out;
    const auto& lines = recorder.index().console();
    for (std::size_t i = 0; i < state.console_lines && i < lines.size(); ++i) {
        out += recorder.console_text(lines[i]);
        if (out.empty() || out.back() != '\n') out += '\n';  // lines are recorded without it
    }
    return out;
}

std::vector<SuspendedLine> suspended_lines(const RunState& state, std::string_view file,
                                           int labels_per_line) {
    std::vector<SuspendedLine> out;
    std::vector<int> labelled;  // per line, labels made so far
    for (const TaskView& t : state.tasks) {
        if (is_final(t.state) || t.line == 0 || t.file != file) continue;
        if (labelled.size() < t.line) labelled.resize(t.line + 64, 0);
        SuspendedLine s;
        s.line = t.line;
        if (labelled[t.line - 1]++ < labels_per_line) {
            s.label.assign(t.name);
            if (t.state == TaskState::waiting && !t.label.empty())
                s.label.append(" (").append(t.label).append(")");
        }
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace loopscope::run_model
