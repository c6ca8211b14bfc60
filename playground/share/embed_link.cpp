// Embed links (embed_link.hpp): the embed keys of a page address's query, and the addresses and
// the <iframe> snippet the Share dialog offers.
#include "embed_link.hpp"

#include <vector>

namespace loopscope::share {

namespace {

struct Address {
    std::string_view base;                // up to the query
    std::vector<std::string_view> query;  // its key[=value] parts, in order
};

Address split_address(std::string_view url) {
    if (const std::size_t hash = url.find('#'); hash != std::string_view::npos) url = url.substr(0, hash);
    Address a;
    const std::size_t mark = url.find('?');
    a.base = url.substr(0, mark);
    if (mark == std::string_view::npos) return a;
    std::string_view query = url.substr(mark + 1);
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        if (const std::string_view part = query.substr(0, amp); !part.empty()) a.query.push_back(part);
        if (amp == std::string_view::npos) break;
        query.remove_prefix(amp + 1);
    }
    return a;
}

std::string_view key_of(std::string_view part) { return part.substr(0, part.find('=')); }

bool is_embed_key(std::string_view part) {
    const std::string_view key = key_of(part);
    return key == "embed" || key == "theme" || key == "font";
}

// The address with the query's other keys and then `extra` (already "k=v" joined by '&').
std::string rebuild(const Address& a, std::string_view extra, std::string_view fragment) {
    std::string out(a.base);
    std::string query;
    for (const std::string_view part : a.query)
        if (!is_embed_key(part)) (query += query.empty() ? "" : "&") += part;
    if (!extra.empty()) (query += query.empty() ? "" : "&") += extra;
    if (!query.empty()) out += "?" + query;
    if (!fragment.empty()) (out += '#') += fragment;
    return out;
}

void note(std::string& error, const std::string& what) { (error += error.empty() ? "" : "; ") += what; }

}  // namespace

EmbedParse parse_embed_query(std::string_view url) {
    EmbedParse r;
    for (const std::string_view part : split_address(url).query) {
        const std::string_view key = key_of(part);
        const bool has_value = key.size() < part.size();
        const std::string_view value = has_value ? part.substr(key.size() + 1) : std::string_view();
        if (key == "embed") {
            r.options.embed = !(has_value && value == "0");
        } else if (key == "theme") {
            if (value == "light" || value == "dark")
                r.options.light_theme = value == "light";
            else
                note(r.error, "theme=" + std::string(value) + " is not a theme (dark or light)");
        } else if (key == "font") {
            int size = 0;
            bool digits = !value.empty() && value.size() <= 3;
            for (const char c : value) {
                if (c < '0' || c > '9') digits = false;
                if (digits) size = size * 10 + (c - '0');
            }
            if (digits && size >= kMinEmbedFontSize && size <= kMaxEmbedFontSize)
                r.options.font_size = size;
            else
                note(r.error, "font=" + std::string(value) + " is not a font size from " +
                                  std::to_string(kMinEmbedFontSize) + " to " +
                                  std::to_string(kMaxEmbedFontSize));
        }
    }
    return r;
}

std::string make_embed_url(std::string_view page_url, std::string_view fragment,
                           const EmbedOptions& options) {
    std::string extra = "embed";
    if (options.light_theme) extra += *options.light_theme ? "&theme=light" : "&theme=dark";
    if (options.font_size) extra += "&font=" + std::to_string(*options.font_size);
    return rebuild(split_address(page_url), extra, fragment);
}

std::string make_full_url(std::string_view page_url, std::string_view fragment) {
    return rebuild(split_address(page_url), {}, fragment);
}

std::string make_iframe_snippet(std::string_view embed_url, int width, int height) {
    std::string src;
    for (const char c : embed_url) {
        switch (c) {
            case '&': src += "&amp;"; break;
            case '"': src += "&quot;"; break;
            case '<': src += "&lt;"; break;
            case '>': src += "&gt;"; break;
            default: src += c;
        }
    }
    return "<iframe src=\"" + src + "\" width=\"" + std::to_string(width) + "\" height=\"" +
           std::to_string(height) +
           "\" style=\"border:0\" allow=\"cross-origin-isolated; clipboard-write\" loading=\"lazy\" "
           "title=\"Loopscope: an asyncio program and its timeline\"></iframe>";
}

}  // namespace loopscope::share
