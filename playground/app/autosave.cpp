#include "autosave.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "saved_state.hpp"

namespace loopscope::app {

std::string autosave_path(const char* xdg_state_home, const char* home) {
    return saved_state::file_path(saved_state::kAutosave, xdg_state_home, home);
}

std::optional<std::string> load_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

bool store_file(const std::string& path, std::string_view text, std::string* error) {
    std::error_code ec;
    const std::filesystem::path target(path);
    if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path(), ec);
    // Write a temporary file, then rename: a crash mid-write never leaves a half-written autosave.
    const std::string temp = path + ".tmp";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        if (!out) {
            if (error) *error = "cannot write " + temp;
            return false;
        }
    }
    std::filesystem::rename(temp, target, ec);
    if (ec) {
        if (error) *error = "cannot replace " + path + ": " + ec.message();
        return false;
    }
    return true;
}

std::optional<std::string> load_autosave() { return saved_state::load(saved_state::kAutosave); }

bool store_autosave(std::string_view text, std::string* error) {
    return saved_state::store(saved_state::kAutosave, text, error);
}

}  // namespace loopscope::app
