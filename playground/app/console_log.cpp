#include "console_log.hpp"

namespace loopscope::app {

void ConsoleLog::push(Stream stream, std::string_view text) {
    lines_.push_back(ConsoleLine{stream, std::string(text)});
    if (lines_.size() > max_lines_) {
        lines_.pop_front();
        ++dropped_;
        for (int s = 0; s < 3; ++s) {
            if (open_index_[s] == 0)
                open_[s] = false;  // its open line was the one dropped
            else
                --open_index_[s];
        }
    }
}

void ConsoleLog::write(Stream stream, std::string_view text) {
    const int s = static_cast<int>(stream);
    ++version_;
    while (!text.empty()) {
        const std::size_t nl = text.find('\n');
        const std::string_view piece = text.substr(0, nl);
        if (open_[s] && open_index_[s] < lines_.size()) {
            lines_[open_index_[s]].text.append(piece);
        } else {
            push(stream, piece);
            open_index_[s] = lines_.size() - 1;
        }
        open_[s] = nl == std::string_view::npos;  // no newline: the line stays open
        if (nl == std::string_view::npos) break;
        text.remove_prefix(nl + 1);
    }
}

void ConsoleLog::clear() {
    lines_.clear();
    dropped_ = 0;
    ++version_;
    for (bool& o : open_) o = false;
}

std::string ConsoleLog::text() const {
    std::string out;
    for (const auto& l : lines_) {
        out += l.text;
        out += '\n';
    }
    return out;
}

int traceback_line(std::string_view line, std::string_view script_name) {
    std::size_t pos = line.find("File \"");
    if (pos == std::string_view::npos) return 0;
    pos += 6;
    const std::size_t close = line.find('"', pos);
    if (close == std::string_view::npos) return 0;
    const std::string_view file = line.substr(pos, close - pos);
    // The file's last path component must be the script's (or a name for text without a file).
    const std::size_t slash = file.find_last_of("/\\");
    const std::string_view base = slash == std::string_view::npos ? file : file.substr(slash + 1);
    if (base != script_name && file != "<string>" && file != "<stdin>" && file != "__main__") return 0;
    std::string_view rest = line.substr(close + 1);
    const std::size_t at = rest.find(", line ");
    if (at == std::string_view::npos) return 0;
    rest.remove_prefix(at + 7);
    int number = 0;
    std::size_t digits = 0;
    while (digits < rest.size() && digits < 9 && rest[digits] >= '0' && rest[digits] <= '9')
        number = number * 10 + (rest[digits++] - '0');
    return digits == 0 ? 0 : number;
}

}  // namespace loopscope::app
