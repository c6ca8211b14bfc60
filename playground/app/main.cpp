// Loopscope playground: Dear ImGui + SDL2, the same source for the desktop (OpenGL 3.2 core) and the
// browser (WebGL2 / OpenGL ES 3). For now it shows one window with build and host facts.
//
// Desktop options:  --screenshot FILE.png [--frames N]   render N frames (default 10), save the
//                                                         framebuffer as PNG, exit 0 on success.
#include <SDL.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl2.h"
#include "platform.hpp"
#ifdef LOOPSCOPE_HAVE_RUNNER
#include "automation.hpp"
#include "script_runner.hpp"
#endif
#include "png.hpp"

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#include <emscripten.h>
#else
#include <SDL_opengl.h>
#endif

#ifndef LOOPSCOPE_VERSION
#define LOOPSCOPE_VERSION "dev"
#endif

namespace {

namespace platform = loopscope::platform;

struct App {
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
  int frames = 0;
  bool quit = false;
  int exit_code = 0;
  std::string screenshot_path;  // desktop --screenshot
  int screenshot_frames = 10;
  float font_scale = 0.0f;  // device pixel ratio the font atlas was built for
  float frame_ms[120] = {};
};

void build_fonts(App& app, float dpr) {
  // Rasterize at device resolution and draw at 1/dpr: crisp text on HiDPI screens.
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  ImFontConfig cfg;
  cfg.SizePixels = 13.0f * dpr;
  io.Fonts->AddFontDefault(&cfg);
  io.FontGlobalScale = 1.0f / dpr;
  if (app.font_scale != 0.0f) {  // the GL backend already made a texture: replace it
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  app.font_scale = dpr;
}

void draw_ui(App& app) {
  const ImGuiIO& io = ImGui::GetIO();
  app.frame_ms[app.frames % IM_ARRAYSIZE(app.frame_ms)] = io.DeltaTime * 1000.0f;

  ImGui::SetNextWindowPos(ImVec2(40, 40), ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowSize(ImVec2(460, 0), ImGuiCond_FirstUseEver);  // height 0: fit the content
  ImGui::Begin("Loopscope");
  ImGui::Text("Loopscope %s", LOOPSCOPE_VERSION);
  ImGui::TextWrapped("Python's asyncio as a C++20 coroutine runtime, with a live view of the event loop.");
  ImGui::Separator();
#ifdef __EMSCRIPTEN__
  ImGui::Text("Host: browser (WebAssembly, WebGL2)");
  const bool coi = platform::cross_origin_isolated();
  ImGui::Text("crossOriginIsolated: %s", coi ? "yes" : "no");
#else
  ImGui::Text("Host: desktop (SDL2, OpenGL 3.2)");
#endif
#ifdef LOOPSCOPE_HAVE_AIO
  ImGui::Text("Runtime: aio linked");
#else
  ImGui::Text("Runtime: not linked yet");
#endif
  ImGui::Text("Dear ImGui %s", IMGUI_VERSION);
  ImGui::Text("%.1f FPS (%.2f ms/frame), frame %d", io.Framerate, io.Framerate > 0 ? 1000.0f / io.Framerate : 0.0f,
              app.frames);
  ImGui::PlotLines("frame ms", app.frame_ms, IM_ARRAYSIZE(app.frame_ms), app.frames % IM_ARRAYSIZE(app.frame_ms),
                   nullptr, 0.0f, 50.0f, ImVec2(0, 60));
  ImGui::End();
}

bool save_screenshot(const App& app) {
  int w = 0, h = 0;
  SDL_GL_GetDrawableSize(app.window, &w, &h);
  std::vector<unsigned char> pixels(static_cast<std::size_t>(w) * h * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  for (std::size_t i = 3; i < pixels.size(); i += 4) pixels[i] = 255;  // the window is opaque
  std::error_code ec;  // create the folder if needed; a failure shows up in write_rgba below
  const auto parent = std::filesystem::path(app.screenshot_path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  std::string error;
  if (!loopscope::png::write_rgba(app.screenshot_path, w, h, pixels.data(), /*flip_vertical=*/true, &error)) {
    std::fprintf(stderr, "loopscope: cannot write %s: %s\n", app.screenshot_path.c_str(), error.c_str());
    return false;
  }
  std::printf("loopscope: wrote %s (%dx%d) after %d frames\n", app.screenshot_path.c_str(), w, h, app.frames);
  return true;
}

void frame(void* arg) {
  App& app = *static_cast<App*>(arg);

  int page_w = 0, page_h = 0;
  if (platform::page_size(page_w, page_h)) {  // browser: follow the page size
    int w = 0, h = 0;
    SDL_GetWindowSize(app.window, &w, &h);
    if (w != page_w || h != page_h) SDL_SetWindowSize(app.window, page_w, page_h);
  }
  const float dpr = platform::device_pixel_ratio();
  if (dpr != app.font_scale) build_fonts(app, dpr);

  SDL_Event event;
  while (SDL_PollEvent(&event)) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    if (event.type == SDL_QUIT) app.quit = true;
    if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE &&
        event.window.windowID == SDL_GetWindowID(app.window))
      app.quit = true;
  }

  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  draw_ui(app);
  ImGui::Render();

  int dw = 0, dh = 0;
  SDL_GL_GetDrawableSize(app.window, &dw, &dh);
  glViewport(0, 0, dw, dh);
  glClearColor(0.09f, 0.10f, 0.13f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  ++app.frames;

  if (!app.screenshot_path.empty() && app.frames >= app.screenshot_frames) {
    app.exit_code = save_screenshot(app) ? 0 : 1;
    app.quit = true;
  }
  SDL_GL_SwapWindow(app.window);
  platform::publish_status(app.frames, ImGui::GetIO().Framerate);
}

int usage(const char* argv0) {
  std::fprintf(stderr, "usage: %s [--screenshot FILE.png [--frames N]]\n", argv0);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  static App app;  // outlives main() in the browser (the main loop keeps running)
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--screenshot") == 0 && i + 1 < argc) {
      app.screenshot_path = argv[++i];
    } else if (std::strcmp(argv[i], "--frames") == 0 && i + 1 < argc) {
      app.screenshot_frames = std::atoi(argv[++i]);
      if (app.screenshot_frames < 1) return usage(argv[0]);
    } else {
      return usage(argv[0]);
    }
  }

  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    const std::string msg = std::string("SDL_Init failed: ") + SDL_GetError();
    platform::report_error(msg.c_str());
    return 1;
  }

#ifdef __EMSCRIPTEN__
  const char* glsl_version = "#version 300 es";
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#else
  const char* glsl_version = "#version 150";
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, SDL_GL_CONTEXT_FORWARD_COMPATIBLE_FLAG);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 2);
#endif
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 8);

  int width = 1280, height = 720;
  platform::page_size(width, height);
  const auto flags = static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  app.window = SDL_CreateWindow("Loopscope", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, width, height, flags);
  if (app.window == nullptr) {
    const std::string msg = std::string("SDL_CreateWindow failed: ") + SDL_GetError();
    platform::report_error(msg.c_str());
    return 1;
  }
  app.gl = SDL_GL_CreateContext(app.window);
  if (app.gl == nullptr) {
    const std::string msg = std::string("SDL_GL_CreateContext failed: ") + SDL_GetError();
    platform::report_error(msg.c_str());
    return 1;
  }
  SDL_GL_MakeCurrent(app.window, app.gl);
  SDL_GL_SetSwapInterval(app.screenshot_path.empty() ? 1 : 0);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no imgui.ini next to the binary / in the page's file system
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGui::StyleColorsDark();
  ImGui_ImplSDL2_InitForOpenGL(app.window, app.gl);
  ImGui_ImplOpenGL3_Init(glsl_version);

#ifdef LOOPSCOPE_HAVE_RUNNER
  // The script runner lives as long as the app; the page's automation API drives it.
  static loopscope::playground::ScriptRunner runner;
  loopscope::playground::automation::install(runner);
#endif

#ifdef __EMSCRIPTEN__
  emscripten_set_main_loop_arg(frame, &app, 0, true);  // does not return
#else
  while (!app.quit) frame(&app);
#endif

  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
  SDL_GL_DeleteContext(app.gl);
  SDL_DestroyWindow(app.window);
  SDL_Quit();
  return app.exit_code;
}
