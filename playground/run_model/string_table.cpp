#include "string_table.hpp"

namespace loopscope::run_model {

StringTable::StringTable() {
    strings_.emplace_back();
    index_.emplace(std::string_view(strings_.front()), 0u);
}

void StringTable::clear() {
    index_.clear();
    strings_.resize(1);
    index_.emplace(std::string_view(strings_.front()), 0u);
    bytes_ = 0;
}

std::uint32_t StringTable::intern(std::string_view s) {
    if (s.empty()) return 0;
    if (auto it = index_.find(s); it != index_.end()) return it->second;
    const auto index = static_cast<std::uint32_t>(strings_.size());
    strings_.emplace_back(s);
    index_.emplace(std::string_view(strings_.back()), index);
    bytes_ += s.size();
    return index;
}

}  // namespace loopscope::run_model
