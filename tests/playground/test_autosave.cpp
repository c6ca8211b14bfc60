// playground/app/autosave.hpp: where and when the editor's text is saved.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>

#include "autosave.hpp"

using namespace loopscope::app;

TEST_CASE("the autosave file follows XDG_STATE_HOME, else HOME") {
    CHECK(autosave_path("/state", "/home/u") == "/state/loopscope/autosave.py");
    CHECK(autosave_path(nullptr, "/home/u") == "/home/u/.local/state/loopscope/autosave.py");
    CHECK(autosave_path("relative", "/home/u") ==
          "/home/u/.local/state/loopscope/autosave.py");  // XDG: absolute only
    CHECK(autosave_path(nullptr, nullptr).empty());
    CHECK(autosave_path("", "").empty());
}

TEST_CASE("store_file creates the folders, replaces the file whole, and load_file reads it back") {
    const auto dir =
        std::filesystem::temp_directory_path() / ("loopscope_autosave_test_" + std::to_string(std::rand()));
    const std::string path = (dir / "a" / "b" / "autosave.py").string();
    CHECK_FALSE(load_file(path).has_value());
    std::string error;
    REQUIRE(store_file(path, "print('é')\n", &error));
    CHECK(load_file(path).value() == "print('é')\n");
    REQUIRE(store_file(path, "x", &error));
    CHECK(load_file(path).value() == "x");
    CHECK_FALSE(std::filesystem::exists(path + ".tmp"));
    // A folder where the file should be: a clear error, no crash.
    std::filesystem::create_directories(dir / "blocked");
    CHECK_FALSE(store_file((dir / "blocked").string(), "x", &error));
    CHECK(!error.empty());
    std::filesystem::remove_all(dir);
}

TEST_CASE("Autosaver: a second after the last change, or every five seconds while typing") {
    Autosaver a(1.0);
    CHECK_FALSE(a.due(100));
    a.changed(10.0);
    CHECK_FALSE(a.due(10.5));
    a.changed(10.9);
    CHECK_FALSE(a.due(11.5));
    CHECK(a.due(11.9));
    for (double t = 12; t < 15; t += 0.5) a.changed(t);  // keeps typing
    CHECK(a.due(15.0));                                  // 5 s after the first unsaved change
    a.saved();
    CHECK_FALSE(a.due(20));
    CHECK_FALSE(a.dirty());
}
