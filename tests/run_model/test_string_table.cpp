// StringTable: interning, stable views, clear.
#include "string_table.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using loopscope::run_model::StringTable;

TEST_CASE("the same string gets the same index; views stay valid as the table grows") {
    StringTable t;
    CHECK(t.intern("") == 0);
    const auto a = t.intern("sleep");
    std::string_view view = t.at(a);
    std::vector<std::uint32_t> many;
    for (int i = 0; i < 10000; ++i) many.push_back(t.intern("name-" + std::to_string(i)));
    CHECK(view == "sleep");
    CHECK(t.intern(std::string("sle") + "ep") == a);
    CHECK(t.at(many[1234]) == "name-1234");
    CHECK(t.at(999999).empty());
    CHECK(t.bytes() > 10000);
    t.clear();
    CHECK(t.size() == 1);
    CHECK(t.bytes() == 0);
    CHECK(t.intern("x") == 1);
}
