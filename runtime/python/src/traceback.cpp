// Sections: source lines; one exception's frames (CPython's "[Previous line repeated N more times]");
// the exception chain (iterative, bounded: a script can chain any number of exceptions).
#include "traceback.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "interp.h"

namespace loopscope::python {

namespace {

void append(void* ctx, const char* text, std::size_t len) {
    static_cast<std::string*>(ctx)->append(text, len);
}

std::size_t leading_spaces(const std::string& s) {
    std::size_t i = 0;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    return i;
}

std::vector<lsp_frame_t> frames_of(void* exc) {
    std::vector<lsp_frame_t> frames(64);
    std::size_t n = lsp_traceback(exc, frames.data(), frames.size());
    if (n > frames.size()) {
        frames.resize(n);
        n = lsp_traceback(exc, frames.data(), frames.size());
    }
    frames.resize(n);
    return frames;
}

bool same_place(const lsp_frame_t& a, const lsp_frame_t& b) {
    auto same = [](const char* x, const char* y) { return x == y || (x && y && std::string_view(x) == y); };
    return a.line == b.line && same(a.file, b.file) && same(a.block, b.block);
}

// CPython (traceback.py, _RECURSIVE_CUTOFF): a frame at the same place as the one before is printed
// three times, then counted.
constexpr std::size_t kRecursiveCutoff = 3;

void append_repeats(std::size_t repeated, std::string& out) {
    if (repeated <= kRecursiveCutoff) return;
    std::size_t more = repeated - kRecursiveCutoff;
    out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
}

// The code points of a UTF-8 text, each as its bytes.
std::vector<std::string_view> code_points(std::string_view text) {
    std::vector<std::string_view> points;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t n = 1;
        while (i + n < text.size() && (static_cast<unsigned char>(text[i + n]) & 0xc0) == 0x80) ++n;
        points.push_back(text.substr(i, n));
        i += n;
    }
    return points;
}

// CPython's lines for where a SyntaxError with details points: the file and line, the source line
// without its indent, and carets from offset to end_offset (characters, from 1) under it.
void append_syntax_place(const lsp_syntax_place_t& place, bool one_caret, std::string& out) {
    out += "  File \"" + std::string(place.file ? place.file : "<string>") + "\", line " +
           std::to_string(place.line) + "\n";
    if (!place.text) return;
    std::string_view text(place.text, place.text_len);
    while (!text.empty() && text.back() == '\n') text.remove_suffix(1);
    std::size_t indent = 0;
    while (indent < text.size() && (text[indent] == ' ' || text[indent] == '\n' || text[indent] == '\f'))
        ++indent;
    std::string_view shown = text.substr(indent);
    out += "    " + std::string(shown) + "\n";
    if (place.offset == 0) return;
    long start = place.offset;
    long end = place.end_offset == 0 ? start : place.end_offset;
    if (end == start || end == -1 || one_caret) end = start + 1;
    long column = start - 1 - static_cast<long>(indent);
    long end_column = end - 1 - static_cast<long>(indent);
    if (column < 0) return;
    std::vector<std::string_view> points = code_points(shown);
    std::string marks = "    ";
    for (long i = 0; i < column; ++i) {
        // whitespace (a tab) is kept so that the carets line up under it
        bool space = static_cast<std::size_t>(i) < points.size() && points[i].size() == 1 &&
                     std::isspace(static_cast<unsigned char>(points[i][0]));
        marks += space ? std::string(points[i]) : std::string(" ");
    }
    if (end_column > column) marks += std::string(static_cast<std::size_t>(end_column - column), '^');
    out += marks + "\n";
}

// One exception as CPython prints it: "Traceback" and its frames (if any), "Type: message", notes.
void append_one(void* exc, const std::string& source, const std::string& filename, std::string& out) {
    std::vector<lsp_frame_t> frames = frames_of(exc);
    lsp_syntax_place_t place{};
    bool syntax_place = lsp_syntax_error_place(exc, &place);
    if (syntax_place && !frames.empty() && !frames.back().block && frames.back().line == place.line)
        frames.pop_back();  // the parser's entry: printed as the place below
    if (!frames.empty()) {
        out += "Traceback (most recent call last):\n";
        std::size_t repeated = 0;
        for (std::size_t i = 0; i < frames.size(); ++i) {
            const lsp_frame_t& f = frames[i];
            if (i > 0 && same_place(f, frames[i - 1])) {
                if (++repeated >= kRecursiveCutoff) continue;
            } else {
                append_repeats(repeated + 1, out);
                repeated = 0;
            }
            out += "  File \"" + std::string(f.file) + "\", line " + std::to_string(f.line);
            out += f.block ? ", in " + std::string(f.block) + "\n" : "\n";
            if (filename == f.file) {
                std::string shown = trim(source_line(source, f.line));
                if (!shown.empty()) out += "    " + shown + "\n";
            }
        }
        append_repeats(repeated + 1, out);
    }
    // CPython's printer of an uncaught error shows an IndentationError's place with one caret
    if (syntax_place)
        append_syntax_place(place, std::string_view(lsp_type_name(exc)) == "IndentationError", out);
    lsp_exception_line(exc, append, &out);
    lsp_exception_suggestion(exc, append, &out);
    out += "\n";
    lsp_exception_notes(exc, append, &out);
}

// At most this many exceptions of a chain are printed (the most recent ones): a script can chain
// any number, and CPython's own printer gives up near its recursion limit.
constexpr std::size_t kMaxChainShown = 1000;

// The chain first, oldest first (PEP 3134: __cause__, else __context__ unless suppressed), as
// CPython's traceback module prints it; a cycle ends the walk.
void append_chain(void* exc, const std::string& source, const std::string& filename, std::string& out) {
    std::vector<void*> chain;  // exc, then what it came from, ...
    std::vector<bool> caused;  // chain[i] is chain[i - 1]'s __cause__ (else its __context__)
    std::unordered_set<void*> seen;
    bool truncated = false;
    for (void* e = exc; e != nullptr;) {
        if (chain.size() == kMaxChainShown) {
            truncated = true;
            break;
        }
        chain.push_back(e);
        seen.insert(e);
        void* cause = lsp_exception_cause(e);
        void* next = nullptr;
        bool by_cause = false;
        if (cause) {
            if (!seen.count(cause)) {
                next = cause;
                by_cause = true;
            }
        } else if (void* context = lsp_exception_context(e);
                   context && !lsp_exception_suppress_context(e) && !seen.count(context)) {
            next = context;
        }
        caused.push_back(by_cause);
        e = next;
    }
    if (truncated) {
        out += "[" + std::string("earlier exceptions of this chain not shown; the last ") +
               std::to_string(kMaxChainShown) + " follow]\n\n";
    }
    for (std::size_t i = chain.size(); i-- > 0;) {
        append_one(chain[i], source, filename, out);
        if (i > 0) {
            out += caused[i - 1]
                       ? "\nThe above exception was the direct cause of the following exception:\n\n"
                       : "\nDuring handling of the above exception, another exception occurred:\n\n";
        }
    }
}

}  // namespace

// Line `n` (1-based) of `source`, without its line break.
std::string source_line(const std::string& source, std::size_t n) {
    std::size_t pos = 0;
    for (std::size_t i = 1; i < n; ++i) {
        pos = source.find('\n', pos);
        if (pos == std::string::npos) return {};
        ++pos;
    }
    std::size_t end = source.find('\n', pos);
    std::string line = source.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

std::string trim(const std::string& s) {
    std::size_t b = leading_spaces(s);
    std::size_t e = s.size();
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
    return s.substr(b, e - b);
}

void describe_exception(void* exc, const std::string& source, const std::string& filename, RunResult& r) {
    r.ok = false;
    r.error_type = lsp_type_name(exc);
    // CPython ends on an uncaught KeyboardInterrupt by SIGINT's default action: status 130 in a shell
    r.exit_code = r.error_type == "KeyboardInterrupt" ? 130 : 1;
    std::string last;  // "Type: message" ("module.Type: message" for a class of a module)
    lsp_exception_line(exc, append, &last);
    const std::size_t name_end = last.find(':');
    const std::size_t name_start = last.rfind('.', name_end == std::string::npos ? last.size() : name_end);
    if (name_start != std::string::npos && last.find(' ') > name_start &&
        last.compare(name_start + 1, r.error_type.size(), r.error_type) == 0)
        last.erase(0, name_start + 1);  // the module goes into the traceback only
    std::string prefix = r.error_type + ": ";
    r.message = last.compare(0, prefix.size(), prefix) == 0 ? last.substr(prefix.size())
                : last == r.error_type                      ? std::string()
                                                            : last;
    std::vector<lsp_frame_t> frames = frames_of(exc);
    std::size_t n = frames.size();
    std::string& out = r.traceback;
    out.clear();

    lsp_syntax_place_t place{};
    if (lsp_is_syntax_error(exc) && !lsp_syntax_error_place(exc, &place)) {
        // CPython: the location, the line, a caret under the column, no "Traceback" header.
        std::size_t line = 0, column = 0;
        lsp_syntax_error_position(&line, &column);
        const lsp_frame_t* f = n ? &frames.back() : nullptr;
        if (f && line != f->line) column = 0;  // the column belongs to another error (compile-time)
        if (f) {
            r.line = static_cast<int>(f->line);
            r.column = static_cast<int>(column);
            out += "  File \"" + std::string(f->file) + "\", line " + std::to_string(f->line) + "\n";
            if (filename == f->file) {
                std::string text = source_line(source, f->line);
                std::size_t indent = leading_spaces(text);
                std::string shown = trim(text);
                if (!shown.empty()) {
                    out += "    " + shown + "\n";
                    if (column > indent) {
                        // CPython underlines a range for some errors ("Perhaps you forgot a comma?")
                        std::size_t end = std::min(lsp_syntax_error_end_column(), text.size() + 1);
                        std::size_t carets =
                            end > column && r.error_type != "IndentationError" ? end - column : 1;
                        out +=
                            "    " + std::string(column - 1 - indent, ' ') + std::string(carets, '^') + "\n";
                    }
                }
            }
        }
        out += last + "\n";
        return;
    }

    if (n) r.line = static_cast<int>(frames.back().line);
    append_chain(exc, source, filename, out);
}

std::string format_exception(void* exc, const std::string& source, const std::string& filename) {
    RunResult r;
    describe_exception(exc, source, filename, r);
    return r.traceback;
}

}  // namespace loopscope::python
