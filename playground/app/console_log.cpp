#include "console_log.hpp"

namespace loopscope::app {

void ConsoleLog::push(Stream stream, std::string_view text) {
  lines_.push_back(ConsoleLine{stream, std::string(text)});
  if (lines_.size() > max_lines_) {
    lines_.pop_front();
    ++dropped_;
    for (int s = 0; s < 3; ++s) {
      if (open_index_[s] == 0) open_[s] = false;  // its open line was the one dropped
      else --open_index_[s];
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

}  // namespace loopscope::app
