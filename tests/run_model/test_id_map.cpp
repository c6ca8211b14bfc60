// IdMap: the open-addressing map from runtime ids to indices, against std::unordered_map.
#include "id_map.hpp"

#include <doctest/doctest.h>

#include <random>
#include <unordered_map>

using loopscope::run_model::IdMap;
using loopscope::run_model::npos;

TEST_CASE("find / set / erase agree with std::unordered_map under random churn") {
    IdMap m;
    std::unordered_map<std::uint64_t, std::uint32_t> ref;
    std::mt19937_64 rng(1);
    for (int i = 0; i < 200000; ++i) {
        const std::uint64_t key = 1 + rng() % 5000;  // collisions and reuse
        const int op = static_cast<int>(rng() % 3);
        if (op == 0) {
            const auto v = static_cast<std::uint32_t>(rng() % 1000);
            m.set(key, v);
            ref[key] = v;
        } else if (op == 1) {
            m.erase(key);
            ref.erase(key);
        } else {
            auto it = ref.find(key);
            REQUIRE(m.find(key) == (it == ref.end() ? npos : it->second));
        }
    }
    CHECK(m.size() == ref.size());
    for (auto& [k, v] : ref) CHECK(m.find(k) == v);
}

TEST_CASE("id 0 is never stored; an empty map finds nothing") {
    IdMap m;
    CHECK(m.find(5) == npos);
    m.erase(5);
    m.set(0, 3);
    CHECK(m.size() == 0);
    CHECK(m.find(0) == npos);
}
