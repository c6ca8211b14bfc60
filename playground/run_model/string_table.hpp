// StringTable: interned strings (task names, awaited labels, file names). Index 0 is "". Views
// returned by at() stay valid as long as the table lives (strings never move).
#pragma once
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace loopscope::run_model {

class StringTable {
public:
    StringTable();
    StringTable(const StringTable&) = delete;  // the index holds views into the strings
    StringTable& operator=(const StringTable&) = delete;
    void clear();
    // The index of `s`, added on first sight (no allocation when it is already there).
    std::uint32_t intern(std::string_view s);
    std::string_view at(std::uint32_t index) const noexcept {
        return index < strings_.size() ? std::string_view(strings_[index]) : std::string_view();
    }
    std::size_t size() const noexcept { return strings_.size(); }
    // Characters held (for the recorder's memory cap).
    std::size_t bytes() const noexcept { return bytes_; }

private:
    std::deque<std::string> strings_;  // a deque never moves its elements: views into them stay valid
    std::unordered_map<std::string_view, std::uint32_t> index_;
    std::size_t bytes_ = 0;
};

}  // namespace loopscope::run_model
