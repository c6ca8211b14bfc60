// JsonValue (json_value.hpp): a recursive-descent reader, the path lookup and the writer.
//
// Index of this file:
//   Values
//   Reading
//   Paths
//   Writing
#include "json_value.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace loopscope::app {

// ---- Values -------------------------------------------------------------------------------------

JsonValue JsonValue::of_number(double v) {
    JsonValue j;
    j.kind = Kind::number;
    j.number = v;
    return j;
}

JsonValue JsonValue::of_string(std::string s) {
    JsonValue j;
    j.kind = Kind::string;
    j.string = std::move(s);
    return j;
}

JsonValue JsonValue::of_boolean(bool b) {
    JsonValue j;
    j.kind = Kind::boolean;
    j.boolean = b;
    return j;
}

const JsonValue* JsonValue::member(std::string_view name) const {
    for (const auto& [key, value] : members)
        if (key == name) return &value;
    return nullptr;
}

bool operator==(const JsonValue& a, const JsonValue& b) {
    if (a.kind != b.kind) return false;
    switch (a.kind) {
        case JsonValue::Kind::null: return true;
        case JsonValue::Kind::boolean: return a.boolean == b.boolean;
        case JsonValue::Kind::number: return a.number == b.number;
        case JsonValue::Kind::string: return a.string == b.string;
        case JsonValue::Kind::array: return a.items == b.items;
        case JsonValue::Kind::object: return a.members == b.members;
    }
    return false;
}

// ---- Reading ------------------------------------------------------------------------------------

namespace {

class Reader {
public:
    explicit Reader(std::string_view text) : text_(text) {}

    bool value(JsonValue& out, int depth = 0) {
        skip_space();
        if (depth > 64) return fail("nested too deep");
        if (pos_ >= text_.size()) return fail("a value expected");
        const char c = text_[pos_];
        if (c == '{') return object(out, depth);
        if (c == '[') return array(out, depth);
        if (c == '"') {
            out.kind = JsonValue::Kind::string;
            return string(out.string);
        }
        if (word("true")) return out = JsonValue::of_boolean(true), true;
        if (word("false")) return out = JsonValue::of_boolean(false), true;
        if (word("null")) return out = JsonValue{}, true;
        return number(out);
    }

    bool at_end() {
        skip_space();
        return pos_ == text_.size();
    }
    std::size_t position() const { return pos_; }
    const std::string& error() const { return error_; }

private:
    bool fail(const char* what) {
        if (error_.empty()) error_ = std::string(what) + " at offset " + std::to_string(pos_);
        return false;
    }
    void skip_space() {
        while (pos_ < text_.size() &&
               (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\r'))
            ++pos_;
    }
    bool word(std::string_view w) {
        if (text_.substr(pos_, w.size()) != w) return false;
        pos_ += w.size();
        return true;
    }
    bool number(JsonValue& out) {
        const std::string rest(text_.substr(pos_, 64));
        char* end = nullptr;
        const double v = std::strtod(rest.c_str(), &end);
        if (end == rest.c_str() || !std::isfinite(v)) return fail("not a JSON value");
        pos_ += static_cast<std::size_t>(end - rest.c_str());
        out = JsonValue::of_number(v);
        return true;
    }
    static void append_utf8(std::string& out, unsigned cp) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xc0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xe0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
            out += static_cast<char>(0x80 | (cp & 0x3f));
        } else {
            out += static_cast<char>(0xf0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
            out += static_cast<char>(0x80 | (cp & 0x3f));
        }
    }
    bool hex4(unsigned& cp) {
        if (pos_ + 4 > text_.size()) return fail("a short \\u escape");
        cp = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = text_[pos_++];
            cp <<= 4;
            if (h >= '0' && h <= '9')
                cp |= static_cast<unsigned>(h - '0');
            else if (h >= 'a' && h <= 'f')
                cp |= static_cast<unsigned>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F')
                cp |= static_cast<unsigned>(h - 'A' + 10);
            else
                return fail("a bad \\u escape");
        }
        return true;
    }
    bool string(std::string& out) {
        ++pos_;  // the opening quote
        out.clear();
        while (pos_ < text_.size()) {
            const char c = text_[pos_++];
            if (c == '"') return true;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (pos_ >= text_.size()) break;
            const char e = text_[pos_++];
            switch (e) {
                case 'n': out += '\n'; break;
                case 't': out += '\t'; break;
                case 'r': out += '\r'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'u': {
                    unsigned cp = 0;
                    if (!hex4(cp)) return false;
                    if (cp >= 0xd800 && cp < 0xdc00 && word("\\u")) {  // a surrogate pair
                        unsigned low = 0;
                        if (!hex4(low)) return false;
                        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                    }
                    append_utf8(out, cp);
                    break;
                }
                default: out += e; break;  // \" \\ \/
            }
        }
        return fail("an unterminated string");
    }
    bool array(JsonValue& out, int depth) {
        ++pos_;
        out = JsonValue{};
        out.kind = JsonValue::Kind::array;
        skip_space();
        if (word("]")) return true;
        for (;;) {
            JsonValue item;
            if (!value(item, depth + 1)) return false;
            out.items.push_back(std::move(item));
            skip_space();
            if (word("]")) return true;
            if (!word(",")) return fail("',' or ']' expected");
        }
    }
    bool object(JsonValue& out, int depth) {
        ++pos_;
        out = JsonValue{};
        out.kind = JsonValue::Kind::object;
        skip_space();
        if (word("}")) return true;
        for (;;) {
            skip_space();
            std::string key;
            if (pos_ >= text_.size() || text_[pos_] != '"' || !string(key))
                return fail("a member name expected");
            skip_space();
            if (!word(":")) return fail("':' expected");
            JsonValue item;
            if (!value(item, depth + 1)) return false;
            out.members.emplace_back(std::move(key), std::move(item));
            skip_space();
            if (word("}")) return true;
            if (!word(",")) return fail("',' or '}' expected");
        }
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    std::string error_;
};

}  // namespace

std::optional<JsonValue> parse_json(std::string_view text, std::string* error) {
    Reader reader(text);
    JsonValue v;
    if (!reader.value(v)) {
        if (error) *error = reader.error();
        return std::nullopt;
    }
    if (!reader.at_end()) {
        if (error) *error = "text after the value at offset " + std::to_string(reader.position());
        return std::nullopt;
    }
    return v;
}

// ---- Paths --------------------------------------------------------------------------------------

std::optional<JsonValue> JsonValue::at(std::string_view path, std::string* error) const {
    const JsonValue* v = this;
    std::size_t i = 0;
    auto missing = [&](std::string_view step) -> std::optional<JsonValue> {
        if (error) *error = "no " + std::string(step) + " in " + v->text().substr(0, 300);
        return std::nullopt;
    };
    while (i < path.size()) {
        if (path[i] == '[') {
            const std::size_t close = path.find(']', i);
            if (close == std::string_view::npos) return missing(path.substr(i));
            const std::string index(path.substr(i + 1, close - i - 1));
            char* end = nullptr;
            const long n = std::strtol(index.c_str(), &end, 10);
            if (v->kind != Kind::array || end == index.c_str() || *end != '\0' || n < 0 ||
                static_cast<std::size_t>(n) >= v->items.size())
                return missing(path.substr(i, close + 1 - i));
            v = &v->items[static_cast<std::size_t>(n)];
            i = close + 1;
            continue;
        }
        if (path[i] == '.') ++i;
        std::size_t end = i;
        while (end < path.size() && path[end] != '.' && path[end] != '[') ++end;
        const std::string_view name = path.substr(i, end - i);
        if (const JsonValue* m = v->member(name)) {
            v = m;
        } else if (name == "length" &&
                   (v->kind == Kind::array || v->kind == Kind::object || v->kind == Kind::string)) {
            return of_number(static_cast<double>(v->kind == Kind::array    ? v->items.size()
                                                 : v->kind == Kind::object ? v->members.size()
                                                                           : v->string.size()));
        } else {
            return missing("field '" + std::string(name) + "'");
        }
        i = end;
    }
    return *v;
}

// ---- Writing ------------------------------------------------------------------------------------

namespace {

void write(const JsonValue& v, std::string& out) {
    switch (v.kind) {
        case JsonValue::Kind::null: out += "null"; break;
        case JsonValue::Kind::boolean: out += v.boolean ? "true" : "false"; break;
        case JsonValue::Kind::number: {
            char text[32];
            std::snprintf(text, sizeof(text), "%.10g", v.number);
            out += text;
            break;
        }
        case JsonValue::Kind::string:
            out += '"';
            for (const char c : v.string) {
                if (c == '"' || c == '\\') {
                    out += '\\';
                    out += c;
                } else if (c == '\n') {
                    out += "\\n";
                } else if (static_cast<unsigned char>(c) < 0x20) {
                    char esc[8];
                    std::snprintf(esc, sizeof(esc), "\\u%04x", static_cast<unsigned char>(c));
                    out += esc;
                } else {
                    out += c;
                }
            }
            out += '"';
            break;
        case JsonValue::Kind::array:
            out += '[';
            for (std::size_t i = 0; i < v.items.size(); ++i) {
                if (i) out += ',';
                write(v.items[i], out);
            }
            out += ']';
            break;
        case JsonValue::Kind::object:
            out += '{';
            for (std::size_t i = 0; i < v.members.size(); ++i) {
                if (i) out += ',';
                write(JsonValue::of_string(v.members[i].first), out);
                out += ':';
                write(v.members[i].second, out);
            }
            out += '}';
            break;
    }
}

}  // namespace

std::string JsonValue::text() const {
    std::string out;
    write(*this, out);
    return out;
}

}  // namespace loopscope::app
