// lex_python_line (python_lexer.hpp): Python highlighting one line at a time, with the state
// (open triple-quoted strings) carried from line to line.
//
// Index of this file:
//   Keywords and builtins
//   Scanning helpers (identifiers, prefixes, strings, f-string fields)
//   The lexer (lex_python_line)
//   HighlightCache
#include "python_lexer.hpp"

#include <algorithm>
#include <string>

namespace loopscope::editor {

namespace {

// ---- Keywords and builtins ----------------------------------------------------------------------

// Sorted once at first use, then searched: no allocation per lookup.
struct WordList {
    std::vector<std::string_view> words;
    explicit WordList(std::initializer_list<std::string_view> list) : words(list) {
        std::sort(words.begin(), words.end());
    }
    bool contains(std::string_view w) const { return std::binary_search(words.begin(), words.end(), w); }
};

const WordList& keywords() {
    static const WordList list{"False",  "None",   "True",    "and",      "as",       "assert", "async",
                               "await",  "break",  "class",   "continue", "def",      "del",    "elif",
                               "else",   "except", "finally", "for",      "from",     "global", "if",
                               "import", "in",     "is",      "lambda",   "nonlocal", "not",    "or",
                               "pass",   "raise",  "return",  "try",      "while",    "with",   "yield"};
    return list;
}

const WordList& builtins() {
    static const WordList list{"print",
                               "len",
                               "range",
                               "enumerate",
                               "zip",
                               "map",
                               "filter",
                               "sorted",
                               "reversed",
                               "sum",
                               "min",
                               "max",
                               "abs",
                               "any",
                               "all",
                               "isinstance",
                               "issubclass",
                               "type",
                               "object",
                               "str",
                               "int",
                               "float",
                               "bool",
                               "list",
                               "dict",
                               "set",
                               "tuple",
                               "frozenset",
                               "bytes",
                               "bytearray",
                               "repr",
                               "hash",
                               "id",
                               "iter",
                               "next",
                               "open",
                               "input",
                               "super",
                               "property",
                               "staticmethod",
                               "classmethod",
                               "getattr",
                               "setattr",
                               "hasattr",
                               "delattr",
                               "callable",
                               "divmod",
                               "round",
                               "pow",
                               "format",
                               "chr",
                               "ord",
                               "hex",
                               "bin",
                               "oct",
                               "vars",
                               "dir",
                               "globals",
                               "locals",
                               "exec",
                               "eval",
                               "compile",
                               "memoryview",
                               "slice",
                               "complex",
                               "ascii",
                               "breakpoint",
                               "help",
                               "aiter",
                               "anext",
                               "__import__",
                               "__name__",
                               "__file__",
                               "NotImplemented",
                               "Ellipsis",
                               "BaseException",
                               "Exception",
                               "ArithmeticError",
                               "AssertionError",
                               "AttributeError",
                               "BlockingIOError",
                               "BrokenPipeError",
                               "ConnectionError",
                               "ConnectionResetError",
                               "EOFError",
                               "GeneratorExit",
                               "ImportError",
                               "IndexError",
                               "KeyError",
                               "KeyboardInterrupt",
                               "LookupError",
                               "MemoryError",
                               "NameError",
                               "NotImplementedError",
                               "OSError",
                               "OverflowError",
                               "RecursionError",
                               "RuntimeError",
                               "StopIteration",
                               "StopAsyncIteration",
                               "SyntaxError",
                               "SystemExit",
                               "TimeoutError",
                               "TypeError",
                               "ValueError",
                               "ZeroDivisionError",
                               "ExceptionGroup",
                               "BaseExceptionGroup"};
    return list;
}

// ---- Scanning helpers (identifiers, prefixes, strings, f-string fields) -------------------------

bool is_ident_start(unsigned char c) {
    return c == '_' || c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_ident_char(unsigned char c) { return is_ident_start(c) || (c >= '0' && c <= '9'); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// Appends a token, merging it with the previous one when they have the same kind.
void emit(std::vector<Token>& out, int start, int end, TokenKind kind) {
    if (end <= start) return;
    if (!out.empty() && out.back().kind == kind && out.back().start + out.back().length == start) {
        out.back().length += end - start;
        return;
    }
    out.push_back(Token{start, end - start, kind});
}

// String prefixes: r, u, f, b and the two-letter mixes (any case).
bool parse_prefix(std::string_view word, bool& raw, bool& fstring) {
    if (word.empty() || word.size() > 2) return false;
    raw = fstring = false;
    bool bytes = false, unicode = false;
    for (const char ch : word) {
        const char c = static_cast<char>(ch | 0x20);  // lower case
        if (c == 'r' && !raw)
            raw = true;
        else if (c == 'f' && !fstring)
            fstring = true;
        else if (c == 'b' && !bytes)
            bytes = true;
        else if (c == 'u' && !unicode)
            unicode = true;
        else
            return false;
    }
    if (unicode && word.size() > 1) return false;  // "u" only alone
    if (bytes && fstring) return false;            // no "bf"
    return true;
}

// Skips an f-string replacement field starting at line[i] == '{'; returns the index after its '}'
// (or the line's end when it runs on). Nested strings inside the expression are skipped whole.
std::size_t skip_replacement_field(std::string_view line, std::size_t i) {
    int depth = 0;
    while (i < line.size()) {
        const char c = line[i];
        if (c == '{') {
            ++depth;
        } else if (c == '}') {
            if (--depth == 0) return i + 1;
        } else if (c == '\'' || c == '"') {
            const std::size_t close = line.find(c, i + 1);
            if (close == std::string_view::npos) return line.size();
            i = close;
        }
        ++i;
    }
    return line.size();
}

// Scans a string body from line[i] (after the opening quotes) until its closing quote, emitting String
// and FStringExpr tokens from token_start on. Returns the index after the string and sets `state`
// to what is still open at the end of the line.
std::size_t scan_string(std::string_view line, std::size_t i, std::size_t token_start, LineState& state,
                        std::vector<Token>& out) {
    const bool triple = state.open == LineState::TripleSingle || state.open == LineState::TripleDouble;
    const char quote =
        (state.open == LineState::Single || state.open == LineState::TripleSingle) ? '\'' : '"';
    std::size_t part = token_start;
    while (i < line.size()) {
        const char c = line[i];
        if (c == '\\') {
            if (i + 1 >= line.size()) {  // a backslash at the end of the line continues the string
                emit(out, static_cast<int>(part), static_cast<int>(line.size()), TokenKind::String);
                return line.size();
            }
            i += 2;
            continue;
        }
        if (state.fstring && c == '{') {
            if (i + 1 < line.size() && line[i + 1] == '{') {
                i += 2;
                continue;
            }
            emit(out, static_cast<int>(part), static_cast<int>(i), TokenKind::String);
            const std::size_t end = skip_replacement_field(line, i);
            emit(out, static_cast<int>(i), static_cast<int>(end), TokenKind::FStringExpr);
            part = i = end;
            continue;
        }
        if (c == quote) {
            if (!triple) {
                emit(out, static_cast<int>(part), static_cast<int>(i + 1), TokenKind::String);
                state = LineState{};
                return i + 1;
            }
            if (line.substr(i, 3) == std::string_view(quote == '"' ? "\"\"\"" : "'''")) {
                emit(out, static_cast<int>(part), static_cast<int>(i + 3), TokenKind::String);
                state = LineState{};
                return i + 3;
            }
        }
        ++i;
    }
    emit(out, static_cast<int>(part), static_cast<int>(line.size()), TokenKind::String);
    if (!triple) state = LineState{};  // an unterminated one-line string ends with its line
    return line.size();
}

}  // namespace

bool is_python_keyword(std::string_view word) { return keywords().contains(word); }
bool is_python_builtin(std::string_view word) { return builtins().contains(word); }

// ---- The lexer (lex_python_line) ----------------------------------------------------------------

LineState lex_python_line(std::string_view line, LineState in, std::vector<Token>& out) {
    LineState state = in;
    std::size_t i = 0;
    if (state.open != LineState::None) i = scan_string(line, 0, 0, state, out);

    bool at_statement_start = i == 0;  // only blanks so far: where a decorator may start
    bool after_def = false;            // the previous word was def or class
    const auto n = line.size();
    while (i < n) {
        const unsigned char c = static_cast<unsigned char>(line[i]);
        const std::size_t start = i;
        if (c == ' ' || c == '\t') {
            while (i < n && (line[i] == ' ' || line[i] == '\t')) ++i;
            emit(out, static_cast<int>(start), static_cast<int>(i), TokenKind::Text);
            continue;
        }
        if (c == '#') {
            emit(out, static_cast<int>(start), static_cast<int>(n), TokenKind::Comment);
            break;
        }
        if (c == '@' && at_statement_start && i + 1 < n &&
            is_ident_start(static_cast<unsigned char>(line[i + 1]))) {
            ++i;
            while (i < n && (is_ident_char(static_cast<unsigned char>(line[i])) || line[i] == '.')) ++i;
            emit(out, static_cast<int>(start), static_cast<int>(i), TokenKind::Decorator);
            at_statement_start = false;
            continue;
        }
        at_statement_start = false;
        if (is_digit(c) || (c == '.' && i + 1 < n && is_digit(static_cast<unsigned char>(line[i + 1])))) {
            const bool hex = c == '0' && i + 1 < n && (line[i + 1] | 0x20) == 'x';
            while (i < n) {
                const char d = line[i];
                if (is_ident_char(static_cast<unsigned char>(d)) || d == '.') {
                    ++i;
                } else if ((d == '+' || d == '-') && !hex && (line[i - 1] | 0x20) == 'e') {
                    ++i;  // exponent sign: 1e-3
                } else {
                    break;
                }
            }
            emit(out, static_cast<int>(start), static_cast<int>(i), TokenKind::Number);
            after_def = false;
            continue;
        }
        if (is_ident_start(c)) {
            while (i < n && is_ident_char(static_cast<unsigned char>(line[i]))) ++i;
            const std::string_view word = line.substr(start, i - start);
            bool raw = false, fstring = false;
            if (i < n && (line[i] == '\'' || line[i] == '"') && parse_prefix(word, raw, fstring)) {
                i = start + word.size();  // the prefix belongs to the string token
                const char q = line[i];
                const bool triple = line.substr(i, 3) == std::string_view(q == '"' ? "\"\"\"" : "'''");
                state.open = q == '"' ? (triple ? LineState::TripleDouble : LineState::Double)
                                      : (triple ? LineState::TripleSingle : LineState::Single);
                state.raw = raw;
                state.fstring = fstring;
                i = scan_string(line, i + (triple ? 3 : 1), start, state, out);
                after_def = false;
                continue;
            }
            TokenKind kind = TokenKind::Text;
            if (after_def)
                kind = TokenKind::Definition;
            else if (is_python_keyword(word))
                kind = TokenKind::Keyword;
            else if (word == "self" || word == "cls")
                kind = TokenKind::Self;
            else if (is_python_builtin(word))
                kind = TokenKind::Builtin;
            after_def = word == "def" || word == "class";
            emit(out, static_cast<int>(start), static_cast<int>(i), kind);
            continue;
        }
        if (c == '\'' || c == '"') {
            const bool triple = line.substr(i, 3) == std::string_view(c == '"' ? "\"\"\"" : "'''");
            state.open = c == '"' ? (triple ? LineState::TripleDouble : LineState::Double)
                                  : (triple ? LineState::TripleSingle : LineState::Single);
            state.raw = state.fstring = false;
            i = scan_string(line, i + (triple ? 3 : 1), start, state, out);
            after_def = false;
            continue;
        }
        // Operators and punctuation: one run.
        ++i;
        while (i < n) {
            const unsigned char d = static_cast<unsigned char>(line[i]);
            if (d == ' ' || d == '\t' || d == '#' || d == '\'' || d == '"' || is_ident_char(d) ||
                (d == '.' && i + 1 < n && is_digit(static_cast<unsigned char>(line[i + 1]))))
                break;
            ++i;
        }
        emit(out, static_cast<int>(start), static_cast<int>(i), TokenKind::Operator);
        after_def = false;
    }
    return state;
}

// ---- HighlightCache -----------------------------------------------------------------------------

void HighlightCache::invalidate_from(int line) {
    // states_[line] (the entry state of `line`) depends only on the lines before it: keep it.
    const std::size_t keep = static_cast<std::size_t>(std::max(line, 0)) + 1;
    if (states_.size() > keep) states_.resize(keep);
}

}  // namespace loopscope::editor
