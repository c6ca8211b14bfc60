#include "trace_export.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "perfetto_json.hpp"

namespace loopscope::run_model {

namespace {

constexpr std::size_t max_name = 48;

bool safe_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

}  // namespace

std::string trace_file_name(std::string_view name, std::time_t when) {
    std::string safe;
    for (const char c : name) {
        if (safe.size() >= max_name) break;
        if (safe_char(c))
            safe += c;
        else if (!safe.empty() && safe.back() != '_')
            safe += '_';
    }
    while (!safe.empty() && safe.back() == '_') safe.pop_back();
    if (safe.empty()) safe = "script";
    std::tm utc{};
#ifdef _WIN32
    gmtime_s(&utc, &when);
#else
    gmtime_r(&when, &utc);
#endif
    char stamp[32];
    std::strftime(stamp, sizeof(stamp), "%Y%m%d-%H%M%S", &utc);
    return "loopscope-trace-" + safe + "-" + stamp + ".json";
}

TraceFileResult write_trace_file(const Recorder& recorder, const std::string& folder,
                                 const std::string& file_name) {
    namespace fs = std::filesystem;
    TraceFileResult result;
    std::error_code ec;
    fs::path path = folder.empty() ? fs::path(file_name) : fs::path(folder) / file_name;
    if (const fs::path absolute = fs::absolute(path, ec); !ec) path = absolute;
    result.path = path.string();
    if (!folder.empty() && !fs::is_directory(folder, ec)) {
        result.error = "cannot write " + result.path + ": " + folder +
                       (fs::exists(folder, ec) ? " is not a folder" : " does not exist");
        return result;
    }
    try {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        if (!out) {
            result.error = "cannot write " + result.path + ": " + std::strerror(errno);
            return result;
        }
        write_perfetto_json(recorder, out);
        out.flush();
        if (!out) {
            result.error = "cannot write " + result.path + " (disk full?)";
            out.close();
            fs::remove(path, ec);  // no half-written trace left behind
            return result;
        }
    } catch (const std::exception& e) {  // out of memory, a stream exception...
        result.error = "cannot write " + result.path + ": " + e.what();
        return result;
    }
    result.ok = true;
    return result;
}

}  // namespace loopscope::run_model
