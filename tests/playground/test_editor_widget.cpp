// playground/editor/editor_widget.hpp: the ImGui editor widget, driven headless (no window, no GPU):
// input events go into ImGui's IO, a frame is built, and the buffer and the draw data are checked.
#include <doctest/doctest.h>

#include <cmath>
#include <functional>
#include <string>

#include "editor_widget.hpp"
#include "imgui.h"

using namespace loopscope::editor;

namespace {

struct Headless {
    Headless() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(800, 600);
        io.ConfigMacOSXBehaviors = false;
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // builds the font atlas
    }
    ~Headless() { ImGui::DestroyContext(); }

    // One frame: input first, then the widget in a window covering the display.
    void frame(EditorWidget& editor, const std::function<void(ImGuiIO&)>& input = {}) {
        ImGuiIO& io = ImGui::GetIO();
        io.DeltaTime = 1.0f / 60.0f;
        if (input) input(io);
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(io.DisplaySize);
        ImGui::Begin("host", nullptr, ImGuiWindowFlags_NoDecoration);
        editor.draw("##editor");
        ImGui::End();
        ImGui::Render();
    }
    void key(EditorWidget& editor, ImGuiKey key, int mods = 0) {
        frame(editor, [&](ImGuiIO& io) {
            if (mods & ImGuiMod_Ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, true);
            if (mods & ImGuiMod_Shift) io.AddKeyEvent(ImGuiMod_Shift, true);
            io.AddKeyEvent(key, true);
        });
        frame(editor, [&](ImGuiIO& io) {
            io.AddKeyEvent(key, false);
            if (mods & ImGuiMod_Ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, false);
            if (mods & ImGuiMod_Shift) io.AddKeyEvent(ImGuiMod_Shift, false);
        });
    }
    void type(EditorWidget& editor, const char* utf8) {
        frame(editor, [&](ImGuiIO& io) { io.AddInputCharactersUTF8(utf8); });
    }
    void click(EditorWidget& editor, ImVec2 at) {
        frame(editor, [&](ImGuiIO& io) {
            io.AddMousePosEvent(at.x, at.y);
            io.AddMouseButtonEvent(0, true);
        });
        frame(editor, [&](ImGuiIO& io) { io.AddMouseButtonEvent(0, false); });
    }
};

}  // namespace

TEST_CASE("typing, Enter with auto-indent, Backspace and undo through the widget") {
    Headless ui;
    EditorWidget editor;
    editor.focus();
    ui.frame(editor);
    ui.frame(editor);
    REQUIRE(editor.focused());
    ui.type(editor, "async def main():");
    ui.key(editor, ImGuiKey_Enter);
    ui.type(editor, "pass");
    CHECK(editor.text() == "async def main():\n    pass");
    ui.key(editor, ImGuiKey_Backspace);
    CHECK(editor.text() == "async def main():\n    pas");
    ui.key(editor, ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(editor.text() == "async def main():\n    pass");
    ui.key(editor, ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(editor.text() == "async def main():\n    ");
    ui.key(editor, ImGuiKey_Y, ImGuiMod_Ctrl);
    CHECK(editor.text() == "async def main():\n    pass");
}

TEST_CASE("arrows, Home, select all, copy and paste through ImGui's clipboard") {
    Headless ui;
    EditorWidget editor;
    editor.set_text("x = 1\ny = 2");
    editor.focus();
    ui.frame(editor);
    ui.key(editor, ImGuiKey_DownArrow);
    ui.key(editor, ImGuiKey_End);
    CHECK(editor.buffer().caret() == Position{1, 5});
    ui.key(editor, ImGuiKey_LeftArrow, ImGuiMod_Shift);
    CHECK(editor.buffer().selected_text() == "2");
    ui.key(editor, ImGuiKey_A, ImGuiMod_Ctrl);
    ui.key(editor, ImGuiKey_C, ImGuiMod_Ctrl);
    CHECK(std::string(ImGui::GetClipboardText()) == "x = 1\ny = 2");
    ui.key(editor, ImGuiKey_End, ImGuiMod_Ctrl);
    ui.key(editor, ImGuiKey_Enter);
    ui.key(editor, ImGuiKey_V, ImGuiMod_Ctrl);
    CHECK(editor.text() == "x = 1\ny = 2\nx = 1\ny = 2");
    ui.key(editor, ImGuiKey_X, ImGuiMod_Ctrl);  // no selection: cuts the caret's line
    CHECK(editor.text() == "x = 1\ny = 2\nx = 1\n");
    CHECK(std::string(ImGui::GetClipboardText()) == "y = 2\n");
}

TEST_CASE("Tab indents, Shift+Tab dedents; arrows and Tab never move ImGui's focus away") {
    Headless ui;
    EditorWidget editor;
    editor.set_text("a\nb");
    editor.focus();
    ui.frame(editor);
    ui.key(editor, ImGuiKey_A, ImGuiMod_Ctrl);
    ui.key(editor, ImGuiKey_Tab);
    CHECK(editor.text() == "    a\n    b");
    ui.key(editor, ImGuiKey_Tab, ImGuiMod_Shift);
    CHECK(editor.text() == "a\nb");
    CHECK(editor.focused());
}

TEST_CASE("a mouse click places the caret; a double-click selects a word") {
    Headless ui;
    EditorWidget editor;
    editor.set_text("first line\nsecond line\nthird line");
    ui.frame(editor);
    // Find where line 2, column 0 is: the widget lays lines out on a monospace grid.
    const float char_w = ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize(), 1e9f, 0.0f, "M").x;
    const float line_h = std::floor(ImGui::GetFontSize() * 1.3f);
    const ImVec2 origin(ImGui::GetStyle().WindowPadding.x + (3 + 3) * char_w + char_w * 0.5f,
                        ImGui::GetStyle().WindowPadding.y);
    ui.click(editor, ImVec2(origin.x + 2 * char_w + 1, origin.y + 2.5f * line_h));
    CHECK(editor.focused());
    CHECK(editor.buffer().caret() == Position{2, 2});
    // Double-click on "second".
    const ImVec2 word(origin.x + 3 * char_w, origin.y + 1.5f * line_h);
    ui.frame(editor, [&](ImGuiIO& io) { io.AddMousePosEvent(word.x, word.y); });
    for (int i = 0; i < 2; ++i) {
        ui.frame(editor, [&](ImGuiIO& io) { io.AddMouseButtonEvent(0, true); });
        ui.frame(editor, [&](ImGuiIO& io) { io.AddMouseButtonEvent(0, false); });
    }
    CHECK(editor.buffer().selected_text() == "second");
    // Double-click and drag: the selection grows by whole words.
    for (int i = 0; i < 30; ++i) ui.frame(editor);  // past the double-click time: a new first click
    ui.frame(editor, [&](ImGuiIO& io) { io.AddMouseButtonEvent(0, true); });
    ui.frame(editor, [&](ImGuiIO& io) { io.AddMouseButtonEvent(0, false); });
    ui.frame(editor, [&](ImGuiIO& io) { io.AddMouseButtonEvent(0, true); });
    ui.frame(editor,
             [&](ImGuiIO& io) { io.AddMousePosEvent(origin.x + 2 * char_w, origin.y + 2.5f * line_h); });
    CHECK(editor.buffer().selected_text() == "second line\nthird");
    ui.frame(editor, [&](ImGuiIO& io) { io.AddMouseButtonEvent(0, false); });
}

TEST_CASE("Ctrl+F opens the find bar; F3 selects the next match") {
    Headless ui;
    EditorWidget editor;
    editor.set_text("await a\nawait b\n");
    editor.focus();
    ui.frame(editor);
    editor.buffer().set_selection({0, 0}, {0, 5});  // "await": the find bar starts from the selection
    ui.key(editor, ImGuiKey_F, ImGuiMod_Ctrl);
    CHECK(editor.find_open());
    editor.focus();
    ui.frame(editor);
    ui.key(editor, ImGuiKey_F3);
    CHECK(editor.buffer().selection().start == Position{1, 0});
    ui.key(editor, ImGuiKey_F3);
    CHECK(editor.buffer().selection().start == Position{0, 0});  // wrapped
}

TEST_CASE("a 10k-line file: each frame draws only the visible lines") {
    Headless ui;
    EditorWidget editor;
    std::string big;
    for (int i = 0; i < 10000; ++i) big += "    await asyncio.sleep(" + std::to_string(i) + ")  # step\n";
    editor.set_text(big);
    editor.set_error(9000, "NameError: name 'x' is not defined");
    std::vector<TaskMarker> markers;
    for (int i = 0; i < 10000; ++i) markers.push_back({(i * 7919) % 10000, "Task-" + std::to_string(i)});
    for (int i = 0; i < 500; ++i) markers.push_back({3, "Waiter-" + std::to_string(i)});  // many on one line
    editor.set_task_markers(std::move(markers));
    ui.frame(editor);
    ui.frame(editor);
    const int small = ImGui::GetDrawData()->TotalVtxCount;
    MESSAGE("vertices per frame: ", small);
    CHECK(small < 20000);  // ~40 lines of ~30 glyphs (4 vertices each), not 10k lines
    editor.scroll_to_line(9000);
    ui.frame(editor);
    ui.frame(editor);
    CHECK(editor.buffer().caret() == Position{9000, 4});
    CHECK(ImGui::GetDrawData()->TotalVtxCount < 20000);
}
