// The platform layer on the desktop: mostly nothing to do (SDL and ImGui's backend cover it).
#include <cstdio>

#include "platform.hpp"

namespace loopscope::platform {

bool cross_origin_isolated() { return false; }
void publish_status(int, float, double) {}
bool page_size(int&, int&) { return false; }
float device_pixel_ratio() { return 1.0f; }
void report_error(const char* message) { std::fprintf(stderr, "loopscope: %s\n", message); }
std::string location_hash() { return {}; }
void set_location_hash(const std::string&) {}
std::string page_url() { return "loopscope:"; }
void install_clipboard() {}  // ImGui's SDL backend uses SDL's clipboard, which is the system's
bool take_pasted_text(std::string&) { return false; }
bool download_file(const std::string&, const std::string&, const char*) { return false; }
bool is_mac() {
#ifdef __APPLE__
    return true;
#else
    return false;
#endif
}

}  // namespace loopscope::platform
