// The user's own text, kept when a gallery example replaces it: the gallery then offers
// "Undo: restore your text" (also Ctrl/Cmd+Z while the editor does not have the focus), and the kept
// text is saved (saved_state::kReplacedText), so a reload does not lose it either.
//
// "The user's own" text: anything but blank text or an example's unedited source (replacing those loses
// nothing). Pure logic; AppUi draws the affordance and stores the text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace loopscope::app {

class ReplacedText {
public:
    // `current` is about to be replaced by the example titled `by`. Kept (replacing what was kept
    // before) when it is the user's own: not blank and none of `pristine` (the examples' sources).
    // True when kept.
    bool keep(std::string_view current, std::string_view by, const std::vector<std::string_view>& pristine);
    bool has() const { return !text_.empty(); }
    const std::string& text() const { return text_; }
    const std::string& replaced_by() const { return replaced_by_; }
    void forget() {
        text_.clear();
        replaced_by_.clear();
    }

    // The stored form: "loopscope-replaced-text 1\n<title>\n<text>"; "" when nothing is kept.
    std::string serialize() const;
    // Reads the stored form; false (and nothing kept) for text not in it.
    bool parse(std::string_view stored);

private:
    std::string text_;
    std::string replaced_by_;
};

// True when the text has something besides whitespace.
bool has_content(std::string_view text);

}  // namespace loopscope::app
