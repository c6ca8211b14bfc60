// The small host-specific layer of the playground: what differs between the desktop and the page
// (platform_native.cpp / platform_web.cpp, chosen by the build).
#pragma once

#include <string>

namespace loopscope::platform {

// True when the page is cross-origin isolated (SharedArrayBuffer usable). Always false natively.
bool cross_origin_isolated();

// Browser: publishes `window.loopscope = { ready, frames, fps, frameMs }` for the page and the
// browser tests (frameMs: CPU milliseconds the last frame took in the app, drawing submitted).
// Desktop: nothing.
void publish_status(int frames, float fps, double frame_ms);

// Browser: CSS size of the canvas' container (the window), in CSS pixels. Desktop: false.
bool page_size(int& width, int& height);

// Browser: window.devicePixelRatio. Desktop: 1.
float device_pixel_ratio();

// Browser: shows the message in the page's status box (and the console). Desktop: stderr.
void report_error(const char* message);

// Browser: the page's URL fragment without the '#' ("" if none). Desktop: "".
std::string location_hash();

// Browser: replaces the fragment in the address bar (no reload, no new history entry); "" removes it.
// Desktop: nothing.
void set_location_hash(const std::string& fragment);

// Browser: the page's address without its fragment, to build share links. Desktop: the public page
// of the playground would go here; "loopscope:" marks a link made on the desktop.
std::string page_url();

// Browser: opens `url` in a new tab (the embed view's "Open in Loopscope"); false if the browser
// blocked it. Desktop: false (the app shows the full view in place).
bool open_url(const std::string& url);

// Clipboard. Desktop: SDL's clipboard (ImGui's SDL backend already routes to it). Browser: SDL 2.26
// has no real clipboard in the page, so install_clipboard() points ImGui's clipboard at the browser's:
// copies go to navigator.clipboard, and Ctrl/Cmd+V is left to the browser, whose 'paste' event
// delivers the text; take_pasted_text() hands it over once (the app inserts it where the focus is).
void install_clipboard();
bool take_pasted_text(std::string& text);

// Browser: offers `data` as a file download named `file_name` (a Blob and a click on a temporary
// link: the browser saves it, or asks where). False (and a console warning) if the page refused.
// Desktop: false (the app writes files itself).
bool download_file(const std::string& file_name, const std::string& data, const char* mime_type);

// True on macOS (desktop build for Apple, or a browser on a Mac): Cmd takes Ctrl's role in shortcuts.
bool is_mac();

// The GL context to ask SDL for (call before creating the window); returns the GLSL version ImGui's
// OpenGL backend compiles its shaders for. Desktop: OpenGL 3.2 core ("#version 150"). Browser:
// WebGL2, i.e. OpenGL ES 3.0 ("#version 300 es").
const char* request_gl_context();

// Clears the frame to the app's background before ImGui draws it (the drawable's size in pixels).
void clear_frame(int width, int height);

// Reads the frame just drawn as RGBA rows, bottom row first (GL's order), into `rgba`
// (width * height * 4 bytes).
void read_frame(int width, int height, unsigned char* rgba);

// Calls frame(arg) once per frame. Desktop: until `quit` is true, then returns. Browser: on the
// page's animation frames, for as long as the page lives; never returns.
void run_frames(void (*frame)(void*), void* arg, const bool& quit);

}  // namespace loopscope::platform
