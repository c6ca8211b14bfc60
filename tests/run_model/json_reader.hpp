// A strict JSON reader (RFC 8259) for the model suites: parses the Perfetto export back, throwing on
// anything invalid.
#pragma once
#include <cmath>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace run_model_test {

// A strict JSON reader (RFC 8259): throws on anything invalid.
struct Json {
    enum Type { null, boolean, number, string, array, object } type = null;
    bool b = false;
    double num = 0;
    std::string str;
    std::vector<Json> items;
    std::map<std::string, Json> fields;
    const Json* get(const std::string& k) const {
        auto it = fields.find(k);
        return it == fields.end() ? nullptr : &it->second;
    }
    std::string s(const std::string& k) const {
        const Json* j = get(k);
        return j && j->type == string ? j->str : std::string();
    }
    double n(const std::string& k) const {
        const Json* j = get(k);
        return j && j->type == number ? j->num : NAN;
    }
};

class Reader {
public:
    explicit Reader(const std::string& t) : t_(t) {}
    Json document() {
        Json v = value();
        ws();
        if (i_ != t_.size()) fail("trailing characters");
        return v;
    }

private:
    [[noreturn]] void fail(const char* why) {
        throw std::runtime_error(std::string(why) + " at " + std::to_string(i_));
    }
    void ws() {
        while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\n' || t_[i_] == '\r' || t_[i_] == '\t')) ++i_;
    }
    bool eat(char c) {
        ws();
        if (i_ < t_.size() && t_[i_] == c) {
            ++i_;
            return true;
        }
        return false;
    }
    void expect(char c) {
        if (!eat(c)) fail("unexpected character");
    }
    void literal(const char* w) {
        for (; *w; ++w, ++i_)
            if (i_ >= t_.size() || t_[i_] != *w) fail("bad literal");
    }
    Json value() {
        ws();
        if (i_ >= t_.size()) fail("unexpected end");
        Json v;
        const char c = t_[i_];
        if (c == '{') {
            ++i_;
            v.type = Json::object;
            if (eat('}')) return v;
            do {
                ws();
                std::string k = string_literal();
                expect(':');
                if (v.fields.count(k)) fail("duplicate key");
                v.fields[k] = value();
            } while (eat(','));
            expect('}');
        } else if (c == '[') {
            ++i_;
            v.type = Json::array;
            if (eat(']')) return v;
            do v.items.push_back(value());
            while (eat(','));
            expect(']');
        } else if (c == '"') {
            v.type = Json::string;
            v.str = string_literal();
        } else if (c == 't') {
            literal("true");
            v.type = Json::boolean;
            v.b = true;
        } else if (c == 'f') {
            literal("false");
            v.type = Json::boolean;
        } else if (c == 'n') {
            literal("null");
        } else {
            v.type = Json::number;
            v.num = number_literal();
        }
        return v;
    }
    double number_literal() {
        const std::size_t start = i_;
        auto digits = [&] {
            const std::size_t d = i_;
            while (i_ < t_.size() && t_[i_] >= '0' && t_[i_] <= '9') ++i_;
            if (i_ == d) fail("digit expected");
        };
        if (t_[i_] == '-') ++i_;
        if (i_ < t_.size() && t_[i_] == '0')
            ++i_;
        else
            digits();
        if (i_ < t_.size() && t_[i_] == '.') {
            ++i_;
            digits();
        }
        if (i_ < t_.size() && (t_[i_] == 'e' || t_[i_] == 'E')) {
            ++i_;
            if (i_ < t_.size() && (t_[i_] == '+' || t_[i_] == '-')) ++i_;
            digits();
        }
        return std::stod(t_.substr(start, i_ - start));
    }
    static void put_utf8(std::string& out, unsigned cp) {
        if (cp < 0x80)
            out += static_cast<char>(cp);
        else if (cp < 0x800)
            out += static_cast<char>(0xC0 | (cp >> 6)), out += static_cast<char>(0x80 | (cp & 0x3F));
        else if (cp < 0x10000)
            out += static_cast<char>(0xE0 | (cp >> 12)), out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                out += static_cast<char>(0x80 | (cp & 0x3F));
        else
            out += static_cast<char>(0xF0 | (cp >> 18)), out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
                out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    std::string string_literal() {
        if (i_ >= t_.size() || t_[i_] != '"') fail("string expected");
        ++i_;
        std::string out;
        for (;;) {
            if (i_ >= t_.size()) fail("unterminated string");
            const auto c = static_cast<unsigned char>(t_[i_++]);
            if (c == '"') return out;
            if (c < 0x20) fail("raw control character in string");
            if (c != '\\') {
                out += static_cast<char>(c);
                continue;
            }
            if (i_ >= t_.size()) fail("bad escape");
            const char e = t_[i_++];
            switch (e) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    if (i_ + 4 > t_.size()) fail("bad \\u escape");
                    const unsigned cp = static_cast<unsigned>(std::stoul(t_.substr(i_, 4), nullptr, 16));
                    i_ += 4;
                    put_utf8(out, cp);
                    break;
                }
                default: fail("bad escape");
            }
        }
    }
    const std::string& t_;
    std::size_t i_ = 0;
};

}  // namespace run_model_test
