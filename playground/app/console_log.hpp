// The Console panel's model: lines of program output with the stream they came from. Output may
// arrive in pieces ("Hel", "lo\n"): a piece without a newline stays open until the rest comes, per
// stream. The log keeps at most max_lines lines (the oldest go first), so a runaway print loop
// cannot eat the memory.
#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>

namespace loopscope::app {

enum class Stream { Stdout, Stderr, Info };

struct ConsoleLine {
    Stream stream = Stream::Stdout;
    std::string text;  // without the newline
};

class ConsoleLog {
public:
    explicit ConsoleLog(std::size_t max_lines = 100000) : max_lines_(max_lines) {}

    void write(Stream stream, std::string_view text);  // any text, newlines split it into lines
    void info(std::string_view line) { write(Stream::Info, std::string(line) + "\n"); }
    void clear();

    std::size_t size() const { return lines_.size(); }
    const ConsoleLine& line(std::size_t i) const { return lines_[i]; }
    std::size_t dropped() const { return dropped_; }  // lines removed to stay under max_lines
    // Grows with every change (the panel scrolls to the bottom when it changes).
    std::size_t version() const { return version_; }
    std::string text() const;  // everything, for "Copy"

private:
    void push(Stream stream, std::string_view text);

    std::deque<ConsoleLine> lines_;
    std::size_t max_lines_;
    std::size_t dropped_ = 0;
    std::size_t version_ = 0;
    bool open_[3] = {false, false, false};  // the last line of that stream is still open
    std::size_t open_index_[3] = {0, 0, 0};
};

// The script line a traceback line points at (1-based), or 0: `  File "script.py", line 12, in main`.
// Lines of other files (the runtime's own modules, "<stdin>") are not the editor's: 0 for them unless
// their name is script_name or "<string>"/"__main__"-like names the script host gives the editor's text.
int traceback_line(std::string_view line, std::string_view script_name);

}  // namespace loopscope::app
