// The desktop app's drive mode (`loopscope_playground --drive FILE.drive --screenshots DIR`): a small
// line-based script of steps that drives the real UI through SDL's event queue (mouse motion and
// buttons, the wheel, key chords, typed text: SDL_PushEvent, processed by the frame loop exactly as a
// user's input, one frame at a time), checks what the UI then shows (the same views the page's
// loopscope.ui.* gives, ui_state.hpp) and saves screenshots. The browser's counterpart is
// web/tests/playground.mjs; tests/playground/drive/ holds the drive files, playground/README.md
// describes their steps.
//
// The frame loop calls before_frame() before it polls SDL's events and, after ImGui rendered,
// take_screenshot_request(); nothing else of the app knows about the driver (no cost without --drive).
#pragma once

#include <memory>
#include <string>

struct SDL_Window;

namespace loopscope::app {

class AppUi;

class UiDriver {
public:
    // Reads the drive file and checks every step's form; null and `error` ("FILE:LINE: ...") when it
    // cannot. Screenshots go to `screenshots_dir` as NAME-<W>x<H>.png.
    static std::unique_ptr<UiDriver> load(const std::string& path, const std::string& screenshots_dir,
                                          std::string* error);
    ~UiDriver();

    void attach(SDL_Window* window, AppUi& ui);
    // Runs the steps due this frame: pushes their input events, checks, waits.
    void before_frame();
    // After this frame was rendered: the file it must be saved to ("" none), then screenshot_saved().
    std::string take_screenshot_request();
    void screenshot_saved(bool ok);
    bool finished() const;
    int exit_code() const;  // 0: every step passed; 1: a step failed (said on stderr)

    struct State;  // the steps and where they are (ui_driver.cpp)

private:
    explicit UiDriver(std::unique_ptr<State> state);
    std::unique_ptr<State> s_;
};

}  // namespace loopscope::app
