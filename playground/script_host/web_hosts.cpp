// The simulated web's hosts in the playground (web_hosts.hpp).
//
// Index: validation · text form · JSON for the engine · the table
#include "web_hosts.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>

namespace loopscope::playground {

namespace {

bool fail_with(std::string* error, std::string message) {
    if (error) *error = std::move(message);
    return false;
}

bool parse_uint(std::string_view text, std::uint32_t& out) {
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return !text.empty() && ec == std::errc() && end == text.data() + text.size();
}

// Milliseconds as seconds for JSON ("2.5", "0.04", "3").
std::string seconds_text(std::uint32_t ms) {
    char text[32];
    std::snprintf(text, sizeof text, "%u.%03u", ms / 1000, ms % 1000);
    std::string s(text);
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
}

}  // namespace

// ---- validation -----------------------------------------------------------------------------------

bool valid_web_host_name(std::string_view name) {
    if (name.empty() || name.size() > 253) return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    });
}

std::string validate_web_changes(const WebHostChanges& changes) {
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const WebHostChange& c = changes[i];
        if (!valid_web_host_name(c.host))
            return "a host name must be 1-253 characters of a-z, 0-9, '.' and '-'";
        if (i > 0 && !(changes[i - 1].host < c.host)) return "the hosts must be sorted, each once";
        if (!c.latency_ms && !c.jitter_ms && !c.fail) return "the change of " + c.host + " changes nothing";
        if ((c.latency_ms && *c.latency_ms > kMaxWebMilliseconds) ||
            (c.jitter_ms && *c.jitter_ms > kMaxWebMilliseconds))
            return "the latency and jitter of " + c.host + " must be at most 3600 s";
        if (c.fail && c.fail->kind == WebFail::Status && (c.fail->status < 100 || c.fail->status > 599))
            return "the status " + c.host + " answers with must be 100-599";
        if (c.fail && c.fail->kind > WebFail::Status) return "the failure of " + c.host + " is unknown";
    }
    return {};
}

void set_web_change(WebHostChanges& changes, WebHostChange change) {
    auto at = std::lower_bound(changes.begin(), changes.end(), change.host,
                               [](const WebHostChange& c, const std::string& host) { return c.host < host; });
    const bool empty = !change.latency_ms && !change.jitter_ms && !change.fail;
    if (at != changes.end() && at->host == change.host) {
        if (empty)
            changes.erase(at);
        else
            *at = std::move(change);
    } else if (!empty) {
        changes.insert(at, std::move(change));
    }
}

const WebHostChange* find_web_change(const WebHostChanges& changes, std::string_view host) {
    for (const WebHostChange& c : changes)
        if (c.host == host) return &c;
    return nullptr;
}

// ---- text form ------------------------------------------------------------------------------------

std::string format_web_fail(const WebFail& fail) {
    switch (fail.kind) {
        case WebFail::Answers: return "answers";
        case WebFail::Dns: return "dns";
        case WebFail::Refused: return "refused";
        case WebFail::Timeout: return "timeout";
        case WebFail::Status: return std::to_string(fail.status);
    }
    return "answers";
}

std::optional<WebFail> parse_web_fail(std::string_view text) {
    if (text == "answers") return WebFail{};
    if (text == "dns") return WebFail{WebFail::Dns, 0};
    if (text == "refused") return WebFail{WebFail::Refused, 0};
    if (text == "timeout") return WebFail{WebFail::Timeout, 0};
    std::uint32_t status = 0;
    if (parse_uint(text, status) && status >= 100 && status <= 599)
        return WebFail{WebFail::Status, int(status)};
    return std::nullopt;
}

std::string format_web_changes(const WebHostChanges& changes) {
    std::string out;
    for (const WebHostChange& c : changes) {
        if (!out.empty()) out += ';';
        out += c.host;
        char sep = ':';
        auto field = [&](const char* name, const std::string& value) {
            out += sep;
            out += name;
            out += '=';
            out += value;
            sep = ',';
        };
        if (c.latency_ms) field("latency_ms", std::to_string(*c.latency_ms));
        if (c.jitter_ms) field("jitter_ms", std::to_string(*c.jitter_ms));
        if (c.fail) field("fail", format_web_fail(*c.fail));
    }
    return out;
}

std::optional<WebHostChanges> parse_web_changes(std::string_view text, std::string* error) {
    WebHostChanges changes;
    while (!text.empty()) {
        const std::size_t semi = text.find(';');
        const std::string_view entry = text.substr(0, semi);
        text = semi == std::string_view::npos ? std::string_view() : text.substr(semi + 1);
        const std::size_t colon = entry.find(':');
        if (colon == std::string_view::npos) {
            fail_with(error, "'" + std::string(entry) + "' is not host:field=value,...");
            return std::nullopt;
        }
        WebHostChange change;
        change.host = std::string(entry.substr(0, colon));
        std::string_view fields = entry.substr(colon + 1);
        while (!fields.empty()) {
            const std::size_t comma = fields.find(',');
            const std::string_view field = fields.substr(0, comma);
            fields = comma == std::string_view::npos ? std::string_view() : fields.substr(comma + 1);
            const std::size_t eq = field.find('=');
            const std::string_view key = field.substr(0, eq);
            const std::string_view value =
                eq == std::string_view::npos ? std::string_view() : field.substr(eq + 1);
            std::uint32_t ms = 0;
            bool ok = eq != std::string_view::npos;
            if (ok && key == "latency_ms" && (ok = parse_uint(value, ms)))
                change.latency_ms = ms;
            else if (ok && key == "jitter_ms" && (ok = parse_uint(value, ms)))
                change.jitter_ms = ms;
            else if (ok && key == "fail") {
                const std::optional<WebFail> fail = parse_web_fail(value);
                if ((ok = fail.has_value())) change.fail = *fail;
            } else
                ok = false;
            if (!ok) {
                fail_with(
                    error,
                    "'" + std::string(field) + "' of host " + change.host +
                        " is not latency_ms=N, jitter_ms=N or fail=answers|dns|refused|timeout|100-599");
                return std::nullopt;
            }
        }
        changes.push_back(std::move(change));
    }
    if (std::string problem = validate_web_changes(changes); !problem.empty()) {
        fail_with(error, std::move(problem));
        return std::nullopt;
    }
    return changes;
}

// ---- JSON for the engine --------------------------------------------------------------------------

std::string web_changes_json(const WebHostChanges& changes) {
    if (changes.empty()) return {};
    std::string out = "{";
    for (const WebHostChange& c : changes) {
        if (out.size() > 1) out += ", ";
        out += '"' + c.host + "\": {";  // valid names need no escaping
        const std::size_t start = out.size();
        auto field = [&](const char* name, const std::string& value) {
            if (out.size() > start) out += ", ";
            out += '"';
            out += name;
            out += "\": ";
            out += value;
        };
        if (c.latency_ms) field("latency", seconds_text(*c.latency_ms));
        if (c.jitter_ms) field("jitter", seconds_text(*c.jitter_ms));
        if (c.fail) {
            switch (c.fail->kind) {
                case WebFail::Answers: field("fail", "null"); break;
                case WebFail::Status: field("fail", std::to_string(c.fail->status)); break;
                default: field("fail", '"' + format_web_fail(*c.fail) + '"'); break;
            }
        }
        out += '}';
    }
    return out + "}";
}

// ---- the table ------------------------------------------------------------------------------------

const char* const kWebTableProbe =
    "import loopscope.web\n"
    "for h in loopscope.web.table():\n"
    "    print(h['name'], repr(h['latency']), repr(h['jitter']), 'answers' if h['fail'] is None else "
    "h['fail'])\n";

std::vector<WebHost> parse_web_table(std::string_view text) {
    std::vector<WebHost> table;
    while (!text.empty()) {
        const std::size_t nl = text.find('\n');
        std::string line(text.substr(0, nl));
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
        if (line.empty()) continue;
        char name[256], fail[32];
        double latency = 0, jitter = 0;
        if (std::sscanf(line.c_str(), "%255s %lf %lf %31s", name, &latency, &jitter, fail) != 4) return {};
        const std::optional<WebFail> parsed = parse_web_fail(fail);
        if (!parsed || !valid_web_host_name(name)) return {};
        table.push_back({name, latency, jitter, *parsed});
    }
    return table;
}

std::vector<WebHost> apply_web_changes(std::vector<WebHost> table, const WebHostChanges& changes) {
    for (WebHost& host : table) {
        const WebHostChange* c = find_web_change(changes, host.name);
        if (c == nullptr) continue;
        if (c->latency_ms) host.latency = *c->latency_ms / 1000.0;
        if (c->jitter_ms) host.jitter = *c->jitter_ms / 1000.0;
        if (c->fail) host.fail = *c->fail;
    }
    return table;
}

}  // namespace loopscope::playground
