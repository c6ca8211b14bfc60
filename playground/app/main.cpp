// Loopscope playground: Dear ImGui + SDL2, the same source for the desktop (OpenGL 3.2 core) and the
// browser (WebGL2 / OpenGL ES 3). The layout and panels are in app_ui.hpp.
//
// Desktop options:  --screenshot FILE.png [--frames N]   render N frames (default 10), save the
//                                                         framebuffer as PNG, exit 0 on success
//                                                         (no autosave is read or written)
//                   --size WxH                            window size (default 1280x720)
//                   --example NAME                        load this example (examples/python/NAME.py)
//                   --link FRAGMENT                       open a share link ("v1.…", with or without '#')
//                   --demo-run NAME                       run example NAME (virtual time) before the first
//                                                         frame and show its recording in the timeline
//                   --cursor SECONDS                      with --demo-run: the timeline's cursor there
//                   --theme dark|light, --font-size PX    how it looks (as the View popup sets it)
//                   --embed                               the embed view (editor, console, timeline,
//                                                         Run/Step; share/embed_link.hpp), as a page
//                                                         address with ?embed shows it
//                   --tab state|warnings|time|resources   the inspector's tab to open
//                   --select-task NAME, --select-resource N   with --demo-run: the task whose chains
//                                                         the inspector shows; the N-th resource (1-based)
//                                                         of the Resources tab, highlighted
//                   --panel network                       show the Network panel (the simulated web)
//                                                         instead of the Inspector
//                   --export-dir DIR                      where Export trace writes its files (default:
//                                                         the current directory)
//                   --export                              with --demo-run: export its trace at once, as
//                                                         the Export trace button does (says where on
//                                                         stdout, or why not on stderr and exits 1 at the end)
//                   --drive FILE.drive [--screenshots DIR]  drive the UI with the file's steps: real mouse
//                                                         and keyboard events on SDL's queue, checks of what
//                                                         the UI shows, screenshots DIR/NAME-<W>x<H>.png
//                                                         (default DIR: .); exits 0 when every step passed,
//                                                         1 naming the file and line of the one that failed,
//                                                         2 when the file cannot be read (ui_driver.hpp;
//                                                         the steps: playground/README.md). No autosave.
// Browser: the page's #fragment is opened as a share link; ?embed in its query is the embed view.
//
// Index of this file:
//   The app's state
//   Fonts and screenshots
//   One frame
//   Start-up content (--link, --example, autosave)
//   Command line and start-up (usage, main)
#include <SDL.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app_ui.hpp"
#include "gallery.hpp"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl2.h"
#include "platform.hpp"
#include "automation.hpp"
#include "demo_run.hpp"
#include "embed_link.hpp"
#include "engine_run_backend.hpp"
#include "png.hpp"
#include "script_host.hpp"
#include "share_link.hpp"
#include "theme.hpp"
#include "ui_automation.hpp"
#ifndef __EMSCRIPTEN__
#include "ui_driver.hpp"
#endif

#ifndef LOOPSCOPE_VERSION
#define LOOPSCOPE_VERSION "dev"
#endif

namespace {

namespace platform = loopscope::platform;

// ---- The app's state ----------------------------------------------------------------------------

struct App {
    SDL_Window* window = nullptr;
    SDL_GLContext gl = nullptr;
    int frames = 0;
    bool quit = false;
    int exit_code = 0;
    std::string screenshot_path;  // desktop --screenshot
    int screenshot_frames = 10;
    int width = 1280, height = 720;  // --size (desktop window)
    std::string example;             // --example
    std::string link;                // --link
    std::string demo_run;            // --demo-run
    double cursor = -1;              // --cursor
    std::string tab;                 // --tab
    std::string select_task;         // --select-task
    int select_resource = 0;         // --select-resource
    std::string export_dir;          // --export-dir
    bool export_now = false;         // --export
    bool export_failed = false;
    bool embed = false;                                // --embed
    float font_scale = 0.0f;                           // device pixel ratio the font atlas was built for
    int font_px = 0;                                   // and the font size (the View settings')
    std::optional<loopscope::app::ViewSettings> view;  // --theme / --font-size (desktop screenshots)
    bool network_panel = false;                        // --panel network
    bool driver_mode = false;                          // --drive (no autosave read)
    loopscope::app::AppUi* ui = nullptr;
#ifndef __EMSCRIPTEN__
    std::unique_ptr<loopscope::app::UiDriver> driver;  // --drive
#endif
};

// ---- Fonts and screenshots ----------------------------------------------------------------------

void build_fonts(App& app, float dpr, int font_px) {
    // Rasterize at device resolution and draw at 1/dpr: crisp text on HiDPI screens.
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig cfg;
    cfg.SizePixels = static_cast<float>(font_px) * dpr;
    io.Fonts->AddFontDefault(&cfg);
    io.FontGlobalScale = 1.0f / dpr;
    if (app.font_scale != 0.0f) {  // the GL backend already made a texture: replace it
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    app.font_scale = dpr;
    app.font_px = font_px;
}

bool save_screenshot(const App& app, const std::string& path) {
    int w = 0, h = 0;
    SDL_GL_GetDrawableSize(app.window, &w, &h);
    std::vector<unsigned char> pixels(static_cast<std::size_t>(w) * h * 4);
    platform::read_frame(w, h, pixels.data());
    for (std::size_t i = 3; i < pixels.size(); i += 4) pixels[i] = 255;  // the window is opaque
    std::error_code ec;  // create the folder if needed; a failure shows up in write_rgba below
    const auto parent = std::filesystem::path(path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    std::string error;
    if (!loopscope::png::write_rgba(path, w, h, pixels.data(), /*flip_vertical=*/true, &error)) {
        std::fprintf(stderr, "loopscope: cannot write %s: %s\n", path.c_str(), error.c_str());
        return false;
    }
    std::printf("loopscope: wrote %s (%dx%d) after %d frames\n", path.c_str(), w, h, app.frames);
    // What the frame drew (the embed view's test checks the full view's controls are absent).
    std::printf("loopscope: %s view, controls:", app.ui->embedded() ? "embed" : "full");
    for (const auto& c : app.ui->control_rects()) std::printf(" %s", c.name);
    std::printf("\n");
    return true;
}

// ---- One frame ----------------------------------------------------------------------------------

void frame(void* arg) {
    App& app = *static_cast<App*>(arg);
    const auto frame_start = std::chrono::steady_clock::now();

    int page_w = 0, page_h = 0;
    if (platform::page_size(page_w, page_h)) {  // browser: follow the page size
        int w = 0, h = 0;
        SDL_GetWindowSize(app.window, &w, &h);
        if (w != page_w || h != page_h) SDL_SetWindowSize(app.window, page_w, page_h);
    }
    const float dpr = platform::device_pixel_ratio();
    const int font_px = app.ui->view_settings().font_size;
    if (dpr != app.font_scale || font_px != app.font_px) build_fonts(app, dpr, font_px);

#ifndef __EMSCRIPTEN__
    if (app.driver) app.driver->before_frame();  // --drive: this frame's input on SDL's queue
#endif
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
    app.ui->draw();
    ImGui::Render();

    int dw = 0, dh = 0;
    SDL_GL_GetDrawableSize(app.window, &dw, &dh);
    platform::clear_frame(dw, dh);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++app.frames;

    if (!app.screenshot_path.empty() && app.frames >= app.screenshot_frames) {
        app.exit_code = save_screenshot(app, app.screenshot_path) ? 0 : 1;
        app.quit = true;
    }
#ifndef __EMSCRIPTEN__
    if (app.driver) {
        if (const std::string shot = app.driver->take_screenshot_request(); !shot.empty())
            app.driver->screenshot_saved(save_screenshot(app, shot));
        if (app.driver->finished()) {
            app.exit_code = app.driver->exit_code();
            app.quit = true;
        }
    }
#endif
    SDL_GL_SwapWindow(app.window);
    const double frame_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - frame_start).count();
    platform::publish_status(app.frames, ImGui::GetIO().Framerate, frame_ms);
}

// ---- Start-up content (--link, --example, autosave) ---------------------------------------------

// What the editor shows first: a share link, else the chosen example, else the autosave, else the
// first example.
void load_initial_content(App& app) {
    loopscope::app::AppUi& ui = *app.ui;
    // The embed view first: it turns the autosave off, so the slide's script never replaces it.
    const loopscope::share::EmbedParse embed =
        loopscope::share::parse_embed_query(app.embed ? "?embed" : platform::page_url());
    if (embed.options.embed) ui.set_embed(embed.options);
    if (!embed.error.empty())
        ui.console().write(loopscope::app::Stream::Stderr, "The embed link's " + embed.error + ".\n");
    const std::string link = !app.link.empty() ? app.link : platform::location_hash();
    if (!link.empty() && ui.load_share_link(link)) return;
    if (!app.example.empty() && ui.load_example(app.example)) return;
    if (app.screenshot_path.empty() && !app.driver_mode && ui.load_autosave()) return;
    ui.load_example(loopscope::gallery::examples().front().name);
}

// ---- Command line and start-up (usage, main) ----------------------------------------------------

int usage(const char* argv0) {
    std::fprintf(
        stderr,
        "usage: %s [--screenshot FILE.png [--frames N]] [--size WxH] [--example NAME] [--link "
        "FRAGMENT] [--demo-run NAME [--cursor SECONDS]] [--export-dir DIR [--export]] [--theme dark|light] "
        "[--tab state|warnings|time|resources] [--select-task NAME] [--select-resource N] "
        "[--font-size PX] [--embed] [--panel network] [--drive FILE.drive [--screenshots DIR]]\n",
        argv0);
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    static App app;  // outlives main() in the browser (the main loop keeps running)
    std::string drive_file, drive_screenshots = ".";
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 && i + 1 < argc) {
            app.screenshot_path = argv[++i];
        } else if (std::strcmp(argv[i], "--frames") == 0 && i + 1 < argc) {
            app.screenshot_frames = std::atoi(argv[++i]);
            if (app.screenshot_frames < 1) return usage(argv[0]);
        } else if (std::strcmp(argv[i], "--example") == 0 && i + 1 < argc) {
            app.example = argv[++i];
            if (loopscope::gallery::find_example(app.example) == nullptr) {
                std::fprintf(stderr, "loopscope: no example named '%s'; the examples are:\n",
                             app.example.c_str());
                for (const auto& e : loopscope::gallery::examples())
                    std::fprintf(stderr, "  %-22.*s %s\n", static_cast<int>(e.name.size()), e.name.data(),
                                 e.title.c_str());
                return 2;
            }
        } else if (std::strcmp(argv[i], "--demo-run") == 0 && i + 1 < argc) {
            app.demo_run = app.example = argv[++i];
            if (loopscope::gallery::find_example(app.demo_run) == nullptr) {
                std::fprintf(stderr, "loopscope: no example named '%s' to run\n", app.demo_run.c_str());
                return 2;
            }
        } else if (std::strcmp(argv[i], "--cursor") == 0 && i + 1 < argc) {
            char* end = nullptr;
            app.cursor = std::strtod(argv[++i], &end);
            if (end == nullptr || *end != '\0' || !(app.cursor >= 0)) return usage(argv[0]);
        } else if (std::strcmp(argv[i], "--tab") == 0 && i + 1 < argc) {
            app.tab = argv[++i];
            if (app.tab != "state" && app.tab != "warnings" && app.tab != "time" && app.tab != "resources")
                return usage(argv[0]);
        } else if (std::strcmp(argv[i], "--select-task") == 0 && i + 1 < argc) {
            app.select_task = argv[++i];
        } else if (std::strcmp(argv[i], "--select-resource") == 0 && i + 1 < argc) {
            char* end = nullptr;
            const long n = std::strtol(argv[++i], &end, 10);
            if (end == nullptr || *end != '\0' || n < 1 || n > 1000000) return usage(argv[0]);
            app.select_resource = static_cast<int>(n);
        } else if (std::strcmp(argv[i], "--export-dir") == 0 && i + 1 < argc) {
            app.export_dir = argv[++i];  // checked when exporting: the UI says what is wrong with it
        } else if (std::strcmp(argv[i], "--drive") == 0 && i + 1 < argc) {
            drive_file = argv[++i];
        } else if (std::strcmp(argv[i], "--screenshots") == 0 && i + 1 < argc) {
            drive_screenshots = argv[++i];
        } else if (std::strcmp(argv[i], "--embed") == 0) {
            app.embed = true;
        } else if (std::strcmp(argv[i], "--export") == 0) {
            app.export_now = true;
        } else if (std::strcmp(argv[i], "--size") == 0 && i + 1 < argc) {
            if (std::sscanf(argv[++i], "%dx%d", &app.width, &app.height) != 2 || app.width < 320 ||
                app.height < 240 || app.width > 8192 || app.height > 8192)
                return usage(argv[0]);
        } else if (std::strcmp(argv[i], "--theme") == 0 && i + 1 < argc) {
            if (!app.view) app.view.emplace();
            const std::optional<loopscope::theme::Theme> theme = loopscope::theme::parse_theme(argv[++i]);
            if (!theme) return usage(argv[0]);
            app.view->light_theme = *theme == loopscope::theme::Theme::light;
        } else if (std::strcmp(argv[i], "--font-size") == 0 && i + 1 < argc) {
            if (!app.view) app.view.emplace();
            app.view->font_size = std::atoi(argv[++i]);
            if (app.view->font_size < loopscope::app::ViewSettings::kMinFontSize ||
                app.view->font_size > loopscope::app::ViewSettings::kMaxFontSize)
                return usage(argv[0]);
        } else if (std::strcmp(argv[i], "--panel") == 0 && i + 1 < argc) {
            if (std::strcmp(argv[++i], "network") != 0) return usage(argv[0]);
            app.network_panel = true;
        } else if (std::strcmp(argv[i], "--link") == 0 && i + 1 < argc) {
            app.link = argv[++i];
            if (const auto decoded = loopscope::share::decode_share_link(app.link); !decoded.ok()) {
                std::fprintf(stderr, "loopscope: cannot open the share link: %s\n", decoded.message.c_str());
                return 2;
            }
        } else {
            return usage(argv[0]);
        }
    }

#ifndef __EMSCRIPTEN__
    if (!drive_file.empty()) {
        std::string error;
        app.driver = loopscope::app::UiDriver::load(drive_file, drive_screenshots, &error);
        if (!app.driver) {
            std::fprintf(stderr, "loopscope: %s\n", error.c_str());
            return 2;
        }
    }
#endif
    const bool testing = !app.screenshot_path.empty() || !drive_file.empty();
    app.driver_mode = !drive_file.empty();

    // No SDL_INIT_TIMER: the app uses no SDL timer, and in the browser SDL's timer thread would take
    // one of the 4 pre-started Web Workers the script's threads need (a ThreadPoolExecutor of 4 would
    // then wait forever for its 4th thread, which cannot start while the page's main thread waits).
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        const std::string msg = std::string("SDL_Init failed: ") + SDL_GetError();
        platform::report_error(msg.c_str());
        return 1;
    }

    const char* glsl_version = platform::request_gl_context();
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 8);

    int width = app.width, height = app.height;
    platform::page_size(width, height);
    const auto flags =
        static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    app.window =
        SDL_CreateWindow("Loopscope", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, width, height, flags);
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
    SDL_GL_SetSwapInterval(testing ? 0 : 1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // no imgui.ini next to the binary / in the page's file system
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui::StyleColorsDark();
    ImGui_ImplSDL2_InitForOpenGL(app.window, app.gl);
    ImGui_ImplOpenGL3_Init(glsl_version);
    platform::install_clipboard();  // after the backend, which sets its own clipboard functions
    io.ConfigMacOSXBehaviors = platform::is_mac();

    static loopscope::app::AppUi ui;  // outlives main() in the browser, like app
    app.ui = &ui;
    if (testing) ui.set_autosave_enabled(false);  // tests never touch the user's autosave
    ui.set_export_dir(app.export_dir);
    load_initial_content(app);
    if (app.view) ui.set_view_settings(*app.view);
    if (app.network_panel) ui.show_network_panel();
    if (!app.demo_run.empty() && !loopscope::app::start_demo_run(ui, app.demo_run, app.cursor)) return 2;
    if (!app.tab.empty() || !app.select_task.empty() || app.select_resource > 0) {
        using Tab = loopscope::inspector::InspectorPanel::Tab;
        auto& inspector = ui.inspector();
        if (!app.tab.empty())
            inspector.select_tab(app.tab == "warnings"    ? Tab::warnings
                                 : app.tab == "time"      ? Tab::time
                                 : app.tab == "resources" ? Tab::resources
                                                          : Tab::state);
        if (!app.select_task.empty() && !ui.select_task_named(app.select_task)) {
            std::fprintf(stderr, "loopscope: no task named '%s' in the run\n", app.select_task.c_str());
            return 2;
        }
        if (app.select_resource > 0) inspector.why().select_resource_at(app.select_resource - 1);
    }
    if (app.export_now) {
        if (ui.export_trace()) {
            std::printf("loopscope: %s\n", ui.export_status().c_str());
        } else {
            std::fprintf(stderr, "loopscope: %s\n", ui.export_status().c_str());
            app.export_failed = true;  // exits 1 after the screenshot, which shows the message
        }
    }
    ui.editor().focus();
    loopscope::app::ui_automation::install(ui);  // browser: window.loopscope.ui (tests)
#ifndef __EMSCRIPTEN__
    if (app.driver) app.driver->attach(app.window, ui);
#endif

    // The script host lives as long as the app; the Run controls and the page's automation API drive it.
    static loopscope::playground::ScriptHost script_host;
    loopscope::playground::automation::install(script_host);
    ui.set_run_backend(
        std::make_unique<loopscope::app::EngineRunBackend>(script_host, ui.console(), ui.editor()));

    platform::run_frames(frame, &app, app.quit);  // browser: does not return

    ui.flush_autosave();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_GL_DeleteContext(app.gl);
    SDL_DestroyWindow(app.window);
    SDL_Quit();
    return app.export_failed ? 1 : app.exit_code;
}
