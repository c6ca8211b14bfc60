// UiDriver (ui_driver.hpp): reads a drive file, then runs its steps one frame at a time.
//
// Index of this file:
//   Drive files: lines, tokens, steps
//   Queries: the UI's state by name (ui_state.hpp) and views made from it
//   Conditions (expect, wait-until)
//   Targets: where the mouse goes
//   Input: SDL events pushed on the queue
//   Checks (ruler labels, controls on screen)
//   Running the steps
//   UiDriver
#include "ui_driver.hpp"

#include <SDL.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "app_ui.hpp"
#include "json_value.hpp"
#include "share_link.hpp"
#include "ui_state.hpp"

namespace loopscope::app {

namespace {

// ---- Drive files: lines, tokens, steps ----------------------------------------------------------

// Splits a line into words; a word starting with '"' runs to its closing quote (JSON escapes inside)
// and keeps its quotes. A word starting with '#' ends the line (a comment).
bool tokenize(std::string_view line, std::vector<std::string>& words, std::string& error) {
    std::size_t i = 0;
    while (i < line.size()) {
        if (line[i] == ' ' || line[i] == '\t' || line[i] == '\r') {
            ++i;
            continue;
        }
        if (line[i] == '#') break;
        std::size_t end = i;
        if (line[i] == '"') {
            ++end;
            while (end < line.size() && line[end] != '"') end += line[end] == '\\' ? 2 : 1;
            if (end >= line.size()) {
                error = "a string without its closing quote";
                return false;
            }
            ++end;
        } else {
            while (end < line.size() && line[end] != ' ' && line[end] != '\t' && line[end] != '\r') ++end;
        }
        words.emplace_back(line.substr(i, end - i));
        i = end;
    }
    return true;
}

struct Step {
    int line = 0;
    std::string text;  // the line as written (for messages)
    std::vector<std::string> words;
};

std::optional<double> to_number(const std::string& word) {
    char* end = nullptr;
    const double v = std::strtod(word.c_str(), &end);
    if (word.empty() || end == nullptr || *end != '\0' || !std::isfinite(v)) return std::nullopt;
    return v;
}

std::optional<int> to_count(const std::string& word) {
    const auto v = to_number(word);
    if (!v || *v < 0 || *v > 1e6 || *v != std::floor(*v)) return std::nullopt;
    return static_cast<int>(*v);
}

// ---- Queries: the UI's state by name (ui_state.hpp) and views made from it ----------------------

// The names a query starts with: loopscope.ui's calls (as the page names them) and three views
// made from them: timeRange {start, end, span, fromOrigin} (the ruler's stretch of loop time; fromOrigin:
// start - the run's start), panels {editor, timeline, bottom} (each row's share of the window's height,
// from the splitters) and window {width, height}.
const char* const kQueryNames[] = {"editor",       "settings", "shareDialog", "clipboard",    "tooltip",
                                   "layout",       "network",  "gallery",     "consoleShown", "console",
                                   "run",          "cursor",   "inspector",   "timeline",     "notice",
                                   "exportStatus", "controls", "timeRange",   "panels",       "window"};

bool known_query(std::string_view name) {
    for (const char* n : kQueryNames)
        if (name == n) return true;
    return false;
}

// "timeline.rulerMin[0]" -> {"timeline", ".rulerMin[0]"}
std::pair<std::string, std::string> split_query(const std::string& query) {
    std::size_t i = 0;
    while (i < query.size() && query[i] != '.' && query[i] != '[') ++i;
    return {query.substr(0, i), query.substr(i)};
}

// ---- Conditions (expect, wait-until) ------------------------------------------------------------

// QUERY [count "TEXT"] OP VALUE [TOLERANCE], where OP is == != < <= > >= contains !contains
// starts-with ends-with matches near; VALUE a JSON literal or $NAME[.path][+N|-N] (remembered).
struct Condition {
    std::string query;
    std::optional<std::string> count;  // counts the occurrences of this text in the string queried
    std::string op;
    std::string value;
    double tolerance = 0;  // near
};

const char* const kOps[] = {
    "==", "!=", "<", "<=", ">", ">=", "contains", "!contains", "starts-with", "ends-with", "matches", "near"};

bool parse_condition(const std::vector<std::string>& w, std::size_t at, Condition& c, std::size_t& next,
                     std::string& error) {
    if (at >= w.size()) {
        error = "a query expected";
        return false;
    }
    c.query = w[at++];
    if (!known_query(split_query(c.query).first)) {
        error = "no query named '" + split_query(c.query).first + "'";
        return false;
    }
    if (at < w.size() && w[at] == "count") {
        if (at + 1 >= w.size() || w[at + 1].empty() || w[at + 1][0] != '"') {
            error = "count takes a \"text\"";
            return false;
        }
        const auto text = parse_json(w[at + 1]);
        if (!text) {
            error = "a bad string " + w[at + 1];
            return false;
        }
        c.count = text->string;
        at += 2;
    }
    if (at + 1 >= w.size()) {
        error = "an operator and a value expected after " + c.query;
        return false;
    }
    c.op = w[at++];
    bool known = false;
    for (const char* op : kOps) known = known || c.op == op;
    if (!known) {
        error = "no operator '" + c.op + "'";
        return false;
    }
    c.value = w[at++];
    if (c.value[0] != '$' && !parse_json(c.value)) {
        error = "the value " + c.value + " is not JSON (strings in double quotes) nor $NAME";
        return false;
    }
    if (c.op == "near") {
        const auto tol = at < w.size() ? to_number(w[at]) : std::nullopt;
        if (!tol) {
            error = "near takes a tolerance: near VALUE TOLERANCE";
            return false;
        }
        c.tolerance = *tol;
        ++at;
    }
    next = at;
    return true;
}

bool compare(const JsonValue& got, const std::string& op, const JsonValue& want, double tolerance) {
    using K = JsonValue::Kind;
    if (op == "==") return got == want;
    if (op == "!=") return !(got == want);
    if (op == "<" || op == "<=" || op == ">" || op == ">=" || op == "near") {
        if (got.kind != K::number || want.kind != K::number) return false;
        const double a = got.number, b = want.number;
        return op == "<"    ? a < b
               : op == "<=" ? a <= b
               : op == ">"  ? a > b
               : op == ">=" ? a >= b
                            : std::fabs(a - b) <= tolerance;
    }
    if (op == "contains" || op == "!contains") {
        bool has = false;
        if (got.kind == K::string && want.kind == K::string)
            has = got.string.find(want.string) != std::string::npos;
        else if (got.kind == K::array)
            for (const auto& item : got.items) has = has || item == want;
        else if (got.kind == K::object && want.kind == K::string)
            has = got.member(want.string) != nullptr;
        return op == "contains" ? has : !has;
    }
    if (got.kind != K::string || want.kind != K::string) return false;
    if (op == "starts-with") return got.string.compare(0, want.string.size(), want.string) == 0;
    if (op == "ends-with")
        return got.string.size() >= want.string.size() &&
               got.string.compare(got.string.size() - want.string.size(), want.string.size(), want.string) ==
                   0;
    if (op == "matches")
        return std::regex_search(got.string, std::regex(want.string, std::regex::ECMAScript));
    return false;
}

}  // namespace

// ---- Running the steps (state) ------------------------------------------------------------------

struct UiDriver::State {
    std::string path;  // the drive file
    std::filesystem::path dir;
    std::string screenshots;
    std::vector<Step> steps;
    SDL_Window* window = nullptr;
    AppUi* ui = nullptr;

    std::size_t next = 0;                       // the next step
    std::deque<std::function<void()>> actions;  // what the current step still does, in order
    int wait_frames = 0;                        // frames to let pass before the next action
    std::optional<Condition> until;             // wait-until
    int until_frames = 0;                       // frames left for it
    bool until_default = false;                 // no `within`: also at least kDefaultWaitSeconds
    std::chrono::steady_clock::time_point until_started;
    const Step* current = nullptr;
    std::map<std::string, JsonValue> remembered;  // remember NAME QUERY
    std::string screenshot_request;
    bool done = false;
    int exit = 0;
    int frames = 0;
    float mouse_x = 0, mouse_y = 0;
    Uint32 buttons = 0;
    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();

    void fail(const std::string& why) {
        if (done) return;
        std::fprintf(stderr, "loopscope: drive %s:%d: %s: %s\n", path.c_str(), current ? current->line : 0,
                     current ? current->text.c_str() : "", why.c_str());
        done = true;
        exit = 1;
        actions.clear();
    }

    // ---- Queries ----

    std::optional<JsonValue> state_of(const std::string& name, std::string& error) {
        AppUi& u = *ui;
        std::string text;
        if (name == "editor")
            text = ui_state::editor(u);
        else if (name == "settings")
            text = ui_state::settings(u);
        else if (name == "shareDialog")
            text = ui_state::share_dialog(u);
        else if (name == "clipboard")
            text = ui_state::clipboard();
        else if (name == "tooltip")
            text = ui_state::tooltip();
        else if (name == "layout")
            text = ui_state::layout(u);
        else if (name == "network")
            text = ui_state::network(u);
        else if (name == "gallery")
            text = ui_state::gallery(u);
        else if (name == "consoleShown")
            text = ui_state::console_shown(u);
        else if (name == "console")
            text = ui_state::console(u);
        else if (name == "run")
            text = ui_state::run(u);
        else if (name == "cursor")
            text = ui_state::cursor(u);
        else if (name == "inspector")
            text = ui_state::inspector(u);
        else if (name == "timeline")
            text = ui_state::timeline(u);
        else if (name == "notice")
            text = ui_state::notice(u);
        else if (name == "exportStatus")
            text = ui_state::export_status(u);
        else if (name == "controls")
            text = ui_state::controls(u);
        else
            return derived(name, error);
        auto v = parse_json(text, &error);
        if (!v) error = "the UI's " + name + " is not JSON (" + error + ")";
        return v;
    }

    std::optional<JsonValue> derived(const std::string& name, std::string& error) {
        JsonValue out;
        out.kind = JsonValue::Kind::object;
        auto add = [&](const char* key, double v) { out.members.emplace_back(key, JsonValue::of_number(v)); };
        int w = 0, h = 0;
        SDL_GetWindowSize(window, &w, &h);
        if (name == "window") {
            add("width", w);
            add("height", h);
            return out;
        }
        if (name == "timeRange") {
            const auto tl = state_of("timeline", error);
            if (!tl) return std::nullopt;
            const auto x0 = tl->at("rulerMin[0]"), x1 = tl->at("rulerMax[0]"), start = tl->at("start"),
                       spp = tl->at("secondsPerPixel"), origin = tl->at("origin");
            if (!x0 || !x1 || !start || !spp || !origin) {
                error = "the timeline has no ruler";
                return std::nullopt;
            }
            const double span = (x1->number - x0->number) * spp->number;
            add("start", start->number);
            add("end", start->number + span);
            add("span", span);
            add("fromOrigin", start->number - origin->number);
            return out;
        }
        // panels
        const auto c = state_of("controls", error);
        if (!c) return std::nullopt;
        const auto console = c->at("split_console"), timeline = c->at("split_timeline"),
                   editor = c->at("editor");
        if (!console || !timeline || !editor) {
            error = "no splitters or editor on screen: " + c->text();
            return std::nullopt;
        }
        auto y = [](const JsonValue& r, const char* k) { return r.member(k) ? r.member(k)->number : 0.0; };
        add("editor", (y(*console, "y0") - y(*editor, "y0")) / h);
        add("timeline", (y(*timeline, "y0") - y(*console, "y1")) / h);
        add("bottom", (h - y(*timeline, "y1")) / h);
        return out;
    }

    std::optional<JsonValue> query(const std::string& q, std::string& error) {
        const auto [name, path] = split_query(q);
        const auto base = state_of(name, error);
        if (!base) return std::nullopt;
        return base->at(path, &error);
    }

    std::optional<JsonValue> value_of(const std::string& word, std::string& error) {
        if (word[0] != '$') return parse_json(word, &error);
        std::size_t end = 1;
        while (end < word.size() && word[end] != '+' && word[end] != '-') ++end;
        const auto [name, path] = split_query(word.substr(1, end - 1));
        const auto it = remembered.find(name);
        if (it == remembered.end()) {
            error = "nothing remembered as $" + name;
            return std::nullopt;
        }
        auto v = it->second.at(path, &error);
        if (!v || end == word.size()) return v;
        const auto delta = to_number(word.substr(end));
        if (!delta || v->kind != JsonValue::Kind::number) {
            error = word + ": only a number plus or minus a number";
            return std::nullopt;
        }
        v->number += *delta;
        return v;
    }

    // True/false; nullopt (and `error`) when the query or the value cannot be evaluated.
    std::optional<bool> holds(const Condition& c, std::string& error, std::string& got_text) {
        auto got = query(c.query, error);
        if (!got) return std::nullopt;
        if (c.count) {
            if (got->kind != JsonValue::Kind::string) {
                error = c.query + " is not text: " + got->text().substr(0, 300);
                return std::nullopt;
            }
            int n = 0;
            for (std::size_t at = got->string.find(*c.count); !c.count->empty() && at != std::string::npos;
                 at = got->string.find(*c.count, at + c.count->size()))
                ++n;
            got = JsonValue::of_number(n);
        }
        got_text = got->text();
        const auto want = value_of(c.value, error);
        if (!want) return std::nullopt;
        try {
            return compare(*got, c.op, *want, c.tolerance);
        } catch (const std::regex_error& e) {
            error = std::string("a bad regular expression: ") + e.what();
            return std::nullopt;
        }
    }

    // ---- Targets ----

    // TARGET [+DX,+DY]: X,Y | control:NAME[:ANCHOR] | lane:TASK:T | label:TASK | ruler:T | editor-line:N
    // (T: seconds from the run's start, as the ruler shows them; ANCHOR: centre (default), left,
    // right, top, bottom, topleft, topright, bottomleft, bottomright).
    bool point(const std::vector<std::string>& w, std::size_t& at, float& x, float& y, std::string& error) {
        if (at >= w.size()) {
            error = "a target expected";
            return false;
        }
        const std::string target = w[at++];
        std::string e;
        auto parts = [&](std::string_view s) {
            std::vector<std::string> out;
            std::size_t i = 0;
            for (std::size_t c = s.find(':'); c != std::string_view::npos; c = s.find(':', i)) {
                out.emplace_back(s.substr(i, c - i));
                i = c + 1;
            }
            out.emplace_back(s.substr(i));
            return out;
        };
        const auto p = parts(target);
        auto origin = [&](double& o) {
            const auto v = query("timeline.origin", e);
            if (!v || v->kind != JsonValue::Kind::number) return false;
            o = v->number;
            return true;
        };
        if (p[0] == "control" && (p.size() == 2 || p.size() == 3)) {
            const auto r = query("controls", e);
            const JsonValue* c = r ? r->member(p[1]) : nullptr;
            if (c == nullptr) {
                error =
                    "no control named " + p[1] + " on screen" + (r ? ": " + r->text().substr(0, 600) : "");
                return false;
            }
            const float x0 = static_cast<float>(c->member("x0")->number),
                        y0 = static_cast<float>(c->member("y0")->number),
                        x1 = static_cast<float>(c->member("x1")->number),
                        y1 = static_cast<float>(c->member("y1")->number);
            const std::string a = p.size() == 3 ? p[2] : "centre";
            x = a.find("left") != std::string::npos    ? x0
                : a.find("right") != std::string::npos ? x1
                                                       : (x0 + x1) / 2;
            y = a.find("top") != std::string::npos      ? y0
                : a.find("bottom") != std::string::npos ? y1
                                                        : (y0 + y1) / 2;
            if (a != "centre" && a != "left" && a != "right" && a != "top" && a != "bottom" &&
                a != "topleft" && a != "topright" && a != "bottomleft" && a != "bottomright") {
                error = "no anchor " + a;
                return false;
            }
        } else if ((p[0] == "lane" && p.size() == 3) || (p[0] == "label" && p.size() == 2)) {
            double o = 0;
            double t = 0;
            if (p[0] == "lane") {
                const auto tv = to_number(p[2]);
                if (!tv || !origin(o)) {
                    error = "no time " + p[2] + " or no run on the timeline " + e;
                    return false;
                }
                t = o + *tv;
            } else {  // the middle of the shown stretch: the lane is drawn there
                const auto r = derived("timeRange", e);
                if (!r) {
                    error = e;
                    return false;
                }
                t = (r->member("start")->number + r->member("end")->number) / 2;
            }
            const auto pt = parse_json(ui_state::task_point(*ui, p[1], t));
            if (!pt || pt->kind != JsonValue::Kind::object) {
                error = "no lane on screen for " + p[1];
                return false;
            }
            x = static_cast<float>(pt->member("x")->number);
            y = static_cast<float>(pt->member("y")->number);
            if (p[0] == "label") x = static_cast<float>(query("timeline.rulerMin[0]", e)->number) - 30;
        } else if (p[0] == "ruler" && p.size() == 2) {
            const auto t = to_number(p[1]);
            double o = 0;
            const auto tl = query("timeline", e);
            if (!t || !tl || !origin(o)) {
                error = "no time " + p[1] + " or no timeline: " + e;
                return false;
            }
            const double x0 = tl->at("rulerMin[0]")->number, spp = tl->at("secondsPerPixel")->number;
            x = static_cast<float>(x0 + (o + *t - tl->at("start")->number) / spp);
            y = static_cast<float>((tl->at("rulerMin[1]")->number + tl->at("rulerMax[1]")->number) / 2);
        } else if (p[0] == "editor-line" && p.size() == 2) {
            const auto n = to_count(p[1]);
            const auto pt = n ? parse_json(ui_state::editor_line_point(*ui, *n)) : std::nullopt;
            if (!pt || pt->kind != JsonValue::Kind::object) {
                error = "the editor's line " + p[1] + " is not on screen";
                return false;
            }
            x = static_cast<float>(pt->member("x")->number);
            y = static_cast<float>(pt->member("y")->number);
        } else {
            const auto comma = target.find(',');
            const auto tx = comma == std::string::npos ? std::nullopt : to_number(target.substr(0, comma));
            const auto ty = comma == std::string::npos ? std::nullopt : to_number(target.substr(comma + 1));
            if (!tx || !ty) {
                error = "no target " + target;
                return false;
            }
            x = static_cast<float>(*tx);
            y = static_cast<float>(*ty);
        }
        if (at < w.size() && (w[at][0] == '+' || w[at][0] == '-') && w[at].find(',') != std::string::npos) {
            const std::string& off = w[at++];
            const auto dx = to_number(off.substr(0, off.find(',')));
            const auto dy = to_number(off.substr(off.find(',') + 1));
            if (!dx || !dy) {
                error = "a bad offset " + off + " (+DX,+DY)";
                return false;
            }
            x += static_cast<float>(*dx);
            y += static_cast<float>(*dy);
        }
        return true;
    }

    // ---- Input ----

    Uint32 window_id() const { return SDL_GetWindowID(window); }

    void push(SDL_Event& e) {
        if (SDL_PushEvent(&e) < 0) fail(std::string("SDL_PushEvent failed: ") + SDL_GetError());
    }

    // The X pointer goes there too: ImGui's SDL backend reads the pointer's global position while
    // the window has the focus and no button is down.
    void motion(float x, float y) {
        SDL_WarpMouseInWindow(window, static_cast<int>(std::lround(x)), static_cast<int>(std::lround(y)));
        SDL_Event e{};
        e.type = SDL_MOUSEMOTION;
        e.motion.windowID = window_id();
        e.motion.state = buttons;
        e.motion.x = static_cast<Sint32>(std::lround(x));
        e.motion.y = static_cast<Sint32>(std::lround(y));
        e.motion.xrel = static_cast<Sint32>(std::lround(x - mouse_x));
        e.motion.yrel = static_cast<Sint32>(std::lround(y - mouse_y));
        mouse_x = x;
        mouse_y = y;
        push(e);
    }

    void button(bool down) {
        SDL_Event e{};
        e.type = down ? SDL_MOUSEBUTTONDOWN : SDL_MOUSEBUTTONUP;
        e.button.windowID = window_id();
        e.button.button = SDL_BUTTON_LEFT;
        e.button.state = down ? SDL_PRESSED : SDL_RELEASED;
        e.button.clicks = 1;
        e.button.x = static_cast<Sint32>(std::lround(mouse_x));
        e.button.y = static_cast<Sint32>(std::lround(mouse_y));
        buttons = down ? SDL_BUTTON_LMASK : 0;
        push(e);
    }

    void wheel(float notches) {
        SDL_Event e{};
        e.type = SDL_MOUSEWHEEL;
        e.wheel.windowID = window_id();
        e.wheel.y = static_cast<Sint32>(notches);
        e.wheel.preciseY = notches;
        e.wheel.direction = SDL_MOUSEWHEEL_NORMAL;
        push(e);
    }

    void key(SDL_Keycode sym, Uint16 mod, bool down) {
        SDL_Event e{};
        e.type = down ? SDL_KEYDOWN : SDL_KEYUP;
        e.key.windowID = window_id();
        e.key.state = down ? SDL_PRESSED : SDL_RELEASED;
        e.key.keysym.sym = sym;
        e.key.keysym.scancode = SDL_GetScancodeFromKey(sym);
        e.key.keysym.mod = mod;
        push(e);
    }

    void text_input(const std::string& utf8) {
        SDL_Event e{};
        e.type = SDL_TEXTINPUT;
        e.text.windowID = window_id();
        std::snprintf(e.text.text, sizeof(e.text.text), "%s", utf8.c_str());
        push(e);
    }

    void then(std::function<void()> action) { actions.push_back(std::move(action)); }
    void then_wait(int n) {
        then([this, n] { wait_frames = n; });
    }
    void then_move(float x, float y) {
        then([this, x, y] { motion(x, y); });
    }
};

namespace {

struct KeyChord {
    std::vector<std::pair<SDL_Keycode, Uint16>> modifiers;  // key, its KMOD bit
    SDL_Keycode key = SDLK_UNKNOWN;
};

// "ctrl+shift+z", "shift+left", "escape", "ctrl+/", "ctrl+=".
bool parse_chord(const std::string& chord, KeyChord& out, std::string& error) {
    std::vector<std::string> parts;
    std::size_t i = 0;
    while (i <= chord.size()) {
        std::size_t plus = chord.find('+', i);
        if (plus == i && plus + 1 == chord.size()) plus = std::string::npos;  // "ctrl++"
        parts.push_back(chord.substr(i, plus == std::string::npos ? std::string::npos : plus - i));
        if (plus == std::string::npos) break;
        i = plus + 1;
    }
    static const std::pair<const char*, SDL_Keycode> kNamed[] = {{"enter", SDLK_RETURN},
                                                                 {"return", SDLK_RETURN},
                                                                 {"escape", SDLK_ESCAPE},
                                                                 {"tab", SDLK_TAB},
                                                                 {"backspace", SDLK_BACKSPACE},
                                                                 {"delete", SDLK_DELETE},
                                                                 {"home", SDLK_HOME},
                                                                 {"end", SDLK_END},
                                                                 {"pageup", SDLK_PAGEUP},
                                                                 {"pagedown", SDLK_PAGEDOWN},
                                                                 {"left", SDLK_LEFT},
                                                                 {"right", SDLK_RIGHT},
                                                                 {"up", SDLK_UP},
                                                                 {"down", SDLK_DOWN},
                                                                 {"space", SDLK_SPACE},
                                                                 {"plus", SDLK_PLUS},
                                                                 {"minus", SDLK_MINUS},
                                                                 {"f5", SDLK_F5},
                                                                 {"f10", SDLK_F10},
                                                                 {"f11", SDLK_F11}};
    for (std::size_t n = 0; n < parts.size(); ++n) {
        const std::string& p = parts[n];
        const bool last = n + 1 == parts.size();
        if (!last) {
            if (p == "ctrl")
                out.modifiers.emplace_back(SDLK_LCTRL, KMOD_LCTRL);
            else if (p == "shift")
                out.modifiers.emplace_back(SDLK_LSHIFT, KMOD_LSHIFT);
            else if (p == "alt")
                out.modifiers.emplace_back(SDLK_LALT, KMOD_LALT);
            else if (p == "super")
                out.modifiers.emplace_back(SDLK_LGUI, KMOD_LGUI);
            else {
                error = "no modifier " + p + " (ctrl, shift, alt, super)";
                return false;
            }
            continue;
        }
        for (const auto& [name, sym] : kNamed)
            if (p == name) out.key = sym;
        if (out.key == SDLK_UNKNOWN && p.size() == 1 && static_cast<unsigned char>(p[0]) > 0x20 &&
            static_cast<unsigned char>(p[0]) < 0x7f)
            out.key = p[0] >= 'A' && p[0] <= 'Z' ? p[0] - 'A' + 'a' : p[0];
        if (out.key == SDLK_UNKNOWN) {
            error = "no key " + p;
            return false;
        }
    }
    return true;
}

// ---- Checks (ruler labels, controls on screen) --------------------------------------------------

// The ruler (as web/tests/playground.mjs's checkRulerLabels): a label on every tick, at a round step
// (1, 2 or 5 x 10^k s), evenly spaced and apart, none under the warnings' marks. "" when it holds.
std::string check_ruler_labels(const JsonValue& tl) {
    const JsonValue* labels = tl.member("rulerLabels");
    if (labels == nullptr || labels->items.size() < 3)
        return "only " + std::to_string(labels ? labels->items.size() : 0) + " ruler labels";
    auto at = [&](std::size_t i, std::size_t k) { return labels->items[i].items[k].number; };
    const double step = at(1, 3) - at(0, 3);
    const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    if (!(std::fabs(mantissa - 1) < 1e-6 || std::fabs(mantissa - 2) < 1e-6 || std::fabs(mantissa - 5) < 1e-6))
        return "the ruler's step " + std::to_string(step) + " is not 1, 2 or 5 x 10^k";
    const double spacing = at(1, 0) - at(0, 0);
    const double band = tl.member("warningBandTop") ? tl.member("warningBandTop")->number : 1e9;
    for (std::size_t i = 0; i < labels->items.size(); ++i) {
        if (at(i, 2) > band + 0.5) return "a ruler label over the warnings' band: " + labels->text();
        if (i == 0) continue;
        if (std::fabs(at(i, 3) - at(i - 1, 3) - step) >= step * 1e-6)
            return "a ruler tick without its label after " + std::to_string(at(i - 1, 3)) + " s";
        if (std::fabs(at(i, 0) - at(i - 1, 0) - spacing) > 1.5)
            return "uneven ruler labels " + labels->text();
        if (at(i - 1, 1) + 4 > at(i, 0)) return "ruler labels run into each other " + labels->text();
    }
    std::printf("loopscope: drive: %zu ruler labels every %g s, %.1f px apart\n", labels->items.size(), step,
                spacing);
    return {};
}

}  // namespace

// ---- Running the steps --------------------------------------------------------------------------

namespace {

// Every step's name and how many words it takes at least (checked when the file is read).
struct StepForm {
    const char* name;
    std::size_t min_words;
    const char* usage;
};
const StepForm kForms[] = {
    {"frames", 2, "frames N"},
    {"open-script", 2, "open-script FILE.py [real-time] [seed N] [step-limit S]"},
    {"open-example", 2, "open-example NAME"},
    {"move", 2, "move TARGET [+DX,+DY]"},
    {"click", 2, "click TARGET [+DX,+DY]"},
    {"press", 2, "press TARGET [+DX,+DY]"},
    {"release", 1, "release"},
    {"drag", 3, "drag TARGET [+DX,+DY] TARGET [+DX,+DY]"},
    {"wheel", 2, "wheel NOTCHES (positive: up)"},
    {"key", 2, "key CHORD"},
    {"type", 2, "type \"TEXT\""},
    {"resize", 2, "resize WxH"},
    {"screenshot", 2, "screenshot NAME"},
    {"expect", 4, "expect QUERY [count \"TEXT\"] OP VALUE"},
    {"wait-until", 4, "wait-until QUERY [count \"TEXT\"] OP VALUE [within FRAMES]"},
    {"wait-run-end", 1, "wait-run-end [within FRAMES]"},
    {"remember", 3, "remember NAME QUERY"},
    {"check", 2, "check ruler-labels | check on-screen CONTROL..."},
    {"print", 2, "print QUERY"},
};

const StepForm* form_of(const std::string& name) {
    for (const auto& f : kForms)
        if (name == f.name) return &f;
    return nullptr;
}

// wait-until's and wait-run-end's default timeout: this many frames, and at least this long (frames
// are short on a fast machine: the loop does not wait for the display while driven).
constexpr int kDefaultWaitFrames = 3000;
constexpr double kDefaultWaitSeconds = 60;

}  // namespace

namespace {

// Queues what step `st` does (its input events and the frames between them) or does it now (checks).
void start_step(UiDriver::State& s, const Step& st) {
    const auto& w = st.words;
    const std::string& op = w[0];
    std::string error;
    if (op == "frames") {
        s.wait_frames = *to_count(w[1]);
    } else if (op == "open-script") {
        const auto file = s.dir / w[1];
        std::ifstream in(file, std::ios::binary);
        if (!in) return s.fail("cannot read " + file.string());
        std::ostringstream text;
        text << in.rdbuf();
        share::ShareState state;
        state.script = text.str();
        for (std::size_t i = 2; i < w.size(); ++i) {
            if (w[i] == "real-time") {
                state.virtual_time = false;
            } else if ((w[i] == "seed" || w[i] == "step-limit") && i + 1 < w.size() && to_number(w[i + 1])) {
                if (w[i] == "seed")
                    state.seed = static_cast<std::uint64_t>(*to_count(w[i + 1]));
                else
                    state.step_limit = *to_number(w[i + 1]);
                ++i;
            } else {
                return s.fail("unknown option " + w[i]);
            }
        }
        const auto link = share::encode_share_link(state);
        if (!link.ok()) return s.fail("cannot make a share link: " + link.message);
        if (!s.ui->load_share_link(link.fragment)) return s.fail("the share link did not open");
        s.wait_frames = 3;
    } else if (op == "open-example") {
        if (!s.ui->load_example(w[1])) return s.fail("no example " + w[1]);
        s.wait_frames = 3;
    } else if (op == "move" || op == "click" || op == "press") {
        std::size_t at = 1;
        float x = 0, y = 0;
        if (!s.point(w, at, x, y, error)) return s.fail(error);
        s.then_move(x, y);
        s.then_wait(2);
        if (op == "move") {
            s.then_wait(2);  // hovers settle (tooltips, the hovered lane)
        } else {
            s.then([&s] { s.button(true); });
            s.then_wait(2);
            if (op == "click") {
                s.then([&s] { s.button(false); });
                s.then_wait(3);
            }
        }
    } else if (op == "release") {
        s.then([&s] { s.button(false); });
        s.then_wait(3);
    } else if (op == "drag") {
        std::size_t at = 1;
        float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        if (!s.point(w, at, x0, y0, error) || !s.point(w, at, x1, y1, error)) return s.fail(error);
        s.then_move(x0, y0);
        s.then_wait(2);
        s.then([&s] { s.button(true); });
        s.then_wait(2);
        for (int i = 1; i <= 4; ++i) {
            const float f = static_cast<float>(i) / 4;
            s.then_move(x0 + (x1 - x0) * f, y0 + (y1 - y0) * f);
            s.then_wait(1);
        }
        s.then_wait(2);
        s.then([&s] { s.button(false); });
        s.then_wait(3);
    } else if (op == "wheel") {
        const auto n = to_number(w[1]);
        if (!n) return s.fail("wheel takes a number of notches");
        const float notches = static_cast<float>(*n);
        s.then([&s, notches] { s.wheel(notches); });
        s.then_wait(2);
    } else if (op == "key") {
        KeyChord chord;
        if (!parse_chord(w[1], chord, error)) return s.fail(error);
        s.then([&s, chord] {
            Uint16 mod = 0;
            for (const auto& [sym, bit] : chord.modifiers) {
                mod = static_cast<Uint16>(mod | bit);
                s.key(sym, mod, true);
            }
            s.key(chord.key, mod, true);
        });
        s.then_wait(1);
        s.then([&s, chord] {
            Uint16 mod = 0;
            for (const auto& m : chord.modifiers) mod = static_cast<Uint16>(mod | m.second);
            s.key(chord.key, mod, false);
            for (auto it = chord.modifiers.rbegin(); it != chord.modifiers.rend(); ++it) {
                mod = static_cast<Uint16>(mod & ~it->second);
                s.key(it->first, mod, false);
            }
        });
        s.then_wait(3);
    } else if (op == "type") {
        const auto text = parse_json(w[1], &error);
        if (!text || text->kind != JsonValue::Kind::string) return s.fail("type takes a \"string\"");
        const std::string& t = text->string;
        for (std::size_t i = 0; i < t.size();) {
            std::size_t n = 1;  // one UTF-8 character
            while (i + n < t.size() && (static_cast<unsigned char>(t[i + n]) & 0xc0) == 0x80) ++n;
            const std::string ch = t.substr(i, n);
            i += n;
            if (ch == "\n") {
                s.then([&s] { s.key(SDLK_RETURN, 0, true); });
                s.then_wait(1);
                s.then([&s] { s.key(SDLK_RETURN, 0, false); });
            } else {
                const unsigned char c = static_cast<unsigned char>(ch[0]);
                const SDL_Keycode sym = n == 1 && c > 0x20 && c < 0x7f
                                            ? (c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c)
                                            : (c == ' ' ? SDLK_SPACE : SDLK_UNKNOWN);
                s.then([&s, sym, ch] {
                    if (sym != SDLK_UNKNOWN) s.key(sym, 0, true);
                    s.text_input(ch);
                });
                s.then_wait(1);
                s.then([&s, sym] {
                    if (sym != SDLK_UNKNOWN) s.key(sym, 0, false);
                });
            }
        }
        s.then_wait(3);
    } else if (op == "resize") {
        int width = 0, height = 0;
        if (std::sscanf(w[1].c_str(), "%dx%d", &width, &height) != 2 || width < 320 || height < 240)
            return s.fail("resize takes WxH");
        SDL_SetWindowSize(s.window, width, height);
        s.wait_frames = 6;
        s.then([&s, width, height] {
            int ww = 0, wh = 0;
            SDL_GetWindowSize(s.window, &ww, &wh);
            if (ww != width || wh != height)
                s.fail("the window is " + std::to_string(ww) + "x" + std::to_string(wh) +
                       " after the resize");
        });
    } else if (op == "screenshot") {
        int dw = 0, dh = 0;
        SDL_GL_GetDrawableSize(s.window, &dw, &dh);
        s.screenshot_request = (std::filesystem::path(s.screenshots) /
                                (w[1] + "-" + std::to_string(dw) + "x" + std::to_string(dh) + ".png"))
                                   .string();
    } else if (op == "expect" || op == "wait-until") {
        Condition c;
        std::size_t next = 0;
        parse_condition(w, 1, c, next, error);  // checked when read
        if (op == "wait-until") {
            s.until = c;
            s.until_default = next + 1 >= w.size();
            s.until_frames = s.until_default ? kDefaultWaitFrames : *to_count(w[next + 1]);
            s.until_started = std::chrono::steady_clock::now();
            return;
        }
        std::string got;
        const auto ok = s.holds(c, error, got);
        if (!ok) return s.fail(error);
        if (!*ok) return s.fail("got " + got.substr(0, 2000));
    } else if (op == "wait-run-end") {
        Condition c;
        c.query = "run.running";
        c.op = "==";
        c.value = "false";
        s.until = c;
        s.until_default = w.size() < 3;
        s.until_frames = s.until_default ? kDefaultWaitFrames : *to_count(w[2]);
        s.until_started = std::chrono::steady_clock::now();
        s.then_wait(3);
    } else if (op == "remember") {
        const auto v = s.query(w[2], error);
        if (!v) return s.fail(error);
        s.remembered[w[1]] = *v;
    } else if (op == "check") {
        if (w[1] == "ruler-labels") {
            const auto tl = s.query("timeline", error);
            if (!tl) return s.fail(error);
            const std::string why = check_ruler_labels(*tl);
            if (!why.empty()) return s.fail(why);
        } else {  // on-screen
            int ww = 0, wh = 0;
            SDL_GetWindowSize(s.window, &ww, &wh);
            const auto c = s.query("controls", error);
            if (!c) return s.fail(error);
            for (std::size_t i = 2; i < w.size(); ++i) {
                const JsonValue* r = c->member(w[i]);
                if (r == nullptr) return s.fail("no control " + w[i] + " on screen");
                if (r->member("x0")->number < 0 || r->member("y0")->number < 0 ||
                    r->member("x1")->number > ww || r->member("y1")->number > wh)
                    return s.fail("the control " + w[i] + " is off screen: " + r->text());
            }
        }
    } else if (op == "print") {
        const auto v = s.query(w[1], error);
        std::printf("loopscope: drive %s:%d: %s = %s\n", s.path.c_str(), st.line, w[1].c_str(),
                    v ? v->text().substr(0, 4000).c_str() : error.c_str());
    }
}

// The form of each step, checked when the file is read: "" or what is wrong.
std::string check_form(const Step& st) {
    const auto& w = st.words;
    const StepForm* f = form_of(w[0]);
    if (f == nullptr) return "no step named '" + w[0] + "'";
    if (w.size() < f->min_words) return std::string("usage: ") + f->usage;
    std::string error;
    if (w[0] == "frames" && !to_count(w[1])) return "usage: frames N";
    if (w[0] == "expect" || w[0] == "wait-until") {
        Condition c;
        std::size_t next = 0;
        if (!parse_condition(w, 1, c, next, error)) return error;
        if (w[0] == "wait-until" && next < w.size() &&
            (w[next] != "within" || next + 2 != w.size() || !to_count(w[next + 1])))
            return "usage: " + std::string(f->usage);
        if (w[0] == "expect" && next != w.size()) return "words after the condition: " + w[next];
    }
    if (w[0] == "wait-run-end" && w.size() != 1 && (w.size() != 3 || w[1] != "within" || !to_count(w[2])))
        return std::string("usage: ") + f->usage;
    if (w[0] == "remember" && !known_query(split_query(w[2]).first)) return "no query named " + w[2];
    if (w[0] == "print" && !known_query(split_query(w[1]).first)) return "no query named " + w[1];
    if (w[0] == "check" && w[1] != "ruler-labels" && w[1] != "on-screen")
        return std::string("usage: ") + f->usage;
    if (w[0] == "key") {
        KeyChord chord;
        if (!parse_chord(w[1], chord, error)) return error;
    }
    return {};
}

}  // namespace

// ---- UiDriver -----------------------------------------------------------------------------------

UiDriver::UiDriver(std::unique_ptr<State> state) : s_(std::move(state)) {}
UiDriver::~UiDriver() = default;

std::unique_ptr<UiDriver> UiDriver::load(const std::string& path, const std::string& screenshots_dir,
                                         std::string* error) {
    std::ifstream in(path);
    if (!in) {
        *error = "cannot read the drive file " + path;
        return nullptr;
    }
    auto s = std::make_unique<State>();
    s->path = path;
    s->dir = std::filesystem::path(path).parent_path();
    s->screenshots = screenshots_dir;
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
        Step st;
        st.line = n;
        st.text = line;
        std::string why;
        if (!tokenize(line, st.words, why)) {
            *error = path + ":" + std::to_string(n) + ": " + why;
            return nullptr;
        }
        if (st.words.empty()) continue;
        why = check_form(st);
        if (!why.empty()) {
            *error = path + ":" + std::to_string(n) + ": " + why;
            return nullptr;
        }
        s->steps.push_back(std::move(st));
    }
    return std::unique_ptr<UiDriver>(new UiDriver(std::move(s)));
}

void UiDriver::attach(SDL_Window* window, AppUi& ui) {
    s_->window = window;
    s_->ui = &ui;
    s_->wait_frames = 5;  // the first frames lay the window out (the controls' rectangles)
    s_->motion(0, 0);     // the mouse starts in the corner (as a browser test's), not over a panel
}

void UiDriver::before_frame() {
    State& s = *s_;
    ++s.frames;
    while (!s.done && s.screenshot_request.empty()) {
        if (s.wait_frames > 0) {
            --s.wait_frames;
            return;
        }
        if (s.until) {
            std::string error, got;
            const auto ok = s.holds(*s.until, error, got);
            if (!ok) return s.fail(error);
            if (!*ok) {
                const double waited =
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - s.until_started).count();
                if (--s.until_frames <= 0 && (!s.until_default || waited >= kDefaultWaitSeconds))
                    s.fail("timed out after " + std::to_string(static_cast<int>(waited)) + " s; last " +
                           got.substr(0, 2000));
                return;
            }
            s.until.reset();
            continue;
        }
        if (!s.actions.empty()) {
            auto action = std::move(s.actions.front());
            s.actions.pop_front();
            action();
            continue;
        }
        if (s.next == s.steps.size()) {
            const double seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - s.started).count();
            std::printf("loopscope: drive %s: %zu steps passed in %d frames (%.1f s)\n", s.path.c_str(),
                        s.steps.size(), s.frames, seconds);
            s.done = true;
            return;
        }
        s.current = &s.steps[s.next++];
        start_step(s, *s.current);
    }
}

std::string UiDriver::take_screenshot_request() {
    std::string path;
    path.swap(s_->screenshot_request);
    return path;
}

void UiDriver::screenshot_saved(bool ok) {
    if (!ok) s_->fail("the screenshot was not written");
}

bool UiDriver::finished() const { return s_->done; }
int UiDriver::exit_code() const { return s_->exit; }

}  // namespace loopscope::app
