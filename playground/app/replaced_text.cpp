#include "replaced_text.hpp"

#include <algorithm>

namespace loopscope::app {

namespace {
constexpr std::string_view kHeader = "loopscope-replaced-text 1\n";
}

bool has_content(std::string_view text) {
    return std::any_of(text.begin(), text.end(),
                       [](char c) { return c != ' ' && c != '\t' && c != '\n' && c != '\r'; });
}

bool ReplacedText::keep(std::string_view current, std::string_view by,
                        const std::vector<std::string_view>& pristine) {
    if (!has_content(current)) return false;
    if (std::find(pristine.begin(), pristine.end(), current) != pristine.end()) return false;
    text_.assign(current);
    replaced_by_.assign(by);
    return true;
}

std::string ReplacedText::serialize() const {
    if (!has()) return {};
    std::string out(kHeader);
    // A title never holds a newline (it is one docstring line); keep the format safe anyway.
    std::string title = replaced_by_;
    std::replace(title.begin(), title.end(), '\n', ' ');
    out += title;
    out += '\n';
    out += text_;
    return out;
}

bool ReplacedText::parse(std::string_view stored) {
    forget();
    if (stored.substr(0, kHeader.size()) != kHeader) return false;
    stored.remove_prefix(kHeader.size());
    const std::size_t eol = stored.find('\n');
    if (eol == std::string_view::npos) return false;
    const std::string_view text = stored.substr(eol + 1);
    if (!has_content(text)) return false;
    replaced_by_.assign(stored.substr(0, eol));
    text_.assign(text);
    return true;
}

}  // namespace loopscope::app
