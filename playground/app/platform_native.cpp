// The platform layer on the desktop: mostly nothing to do (SDL and ImGui's backend cover it), and
// the desktop's OpenGL.
#include <SDL.h>
#include <SDL_opengl.h>

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
bool open_url(const std::string&) { return false; }
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

const char* request_gl_context() {
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, SDL_GL_CONTEXT_FORWARD_COMPATIBLE_FLAG);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 2);
    return "#version 150";
}

void clear_frame(int width, int height) {
    glViewport(0, 0, width, height);
    glClearColor(0.09f, 0.10f, 0.13f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
}

void read_frame(int width, int height, unsigned char* rgba) {
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
}

void run_frames(void (*frame)(void*), void* arg, const bool& quit) {
    while (!quit) frame(arg);
}

}  // namespace loopscope::platform
