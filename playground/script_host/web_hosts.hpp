// The simulated web's hosts as the playground shows and changes them (its Network panel): the table
// the engine has (runtime/python/README.md "Simulated web": name, latency, jitter, how it fails), the
// user's changes to it (part of RunSettings, so autosaved and carried by share links), and what a
// run's requests did per host.
//
//   WebHostChanges changes;
//   set_web_change(changes, "www.example.com", {.latency_ms = 2500});
//   options.web_hosts = web_changes_json(changes);   // loopscope.web.configure()'s argument
//
// Index: the types · validation · text form (settings file, page API) · JSON for the engine · the
// table with the changes applied · the run's requests per host.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace loopscope::playground {

// ---- the types ------------------------------------------------------------------------------------

// How a host answers (loopscope.web.Host.fail): normally, or failing every request.
struct WebFail {
    enum Kind : std::uint8_t {
        Answers,  // its pages, as written
        Dns,      // the name does not resolve ("Name or service not known")
        Refused,  // [Errno 111] Connection refused, after half a latency
        Timeout,  // never answers: a client's timeout ends the request
        Status,   // every request is answered with `status` (500, 503, ...)
    };
    Kind kind = Answers;
    int status = 0;  // with Status: 100-599

    friend bool operator==(const WebFail& a, const WebFail& b) {
        return a.kind == b.kind && (a.kind != Status || a.status == b.status);
    }
    friend bool operator!=(const WebFail& a, const WebFail& b) { return !(a == b); }
};

// The most seconds a latency or jitter may be (as loopscope.web.configure allows).
inline constexpr std::uint32_t kMaxWebMilliseconds = 3600 * 1000;

// What the user changed about one host; unset fields keep the table's value. Times are whole
// milliseconds, so that every value survives the settings file and a share link exactly.
struct WebHostChange {
    std::string host;  // a name of the table, lower case ("www.example.com")
    std::optional<std::uint32_t> latency_ms;
    std::optional<std::uint32_t> jitter_ms;
    std::optional<WebFail> fail;

    friend bool operator==(const WebHostChange& a, const WebHostChange& b) {
        return a.host == b.host && a.latency_ms == b.latency_ms && a.jitter_ms == b.jitter_ms &&
               a.fail == b.fail;
    }
    friend bool operator!=(const WebHostChange& a, const WebHostChange& b) { return !(a == b); }
};

// Sorted by host, one entry per host, none empty (validate_web_changes checks it).
using WebHostChanges = std::vector<WebHostChange>;

// One row of the table as the engine has it (the defaults the changes apply to).
struct WebHost {
    std::string name;
    double latency = 0;  // seconds
    double jitter = 0;   // seconds
    WebFail fail;
};

// ---- validation -----------------------------------------------------------------------------------

// "" when the changes are well formed, else what is wrong (for share links and the settings file).
std::string validate_web_changes(const WebHostChanges& changes);
// A host name as the table spells them: 1-253 of a-z 0-9 . - (no upper case, no blanks).
bool valid_web_host_name(std::string_view name);

// Sets (or with every field unset, removes) the change of `change.host`, keeping the list sorted.
void set_web_change(WebHostChanges& changes, WebHostChange change);
// The change of `host`, or null.
const WebHostChange* find_web_change(const WebHostChanges& changes, std::string_view host);

// ---- text form (settings file, page API) -----------------------------------------------------------
//   www.example.com:latency_ms=2500,jitter_ms=0,fail=refused;httpbin.org:fail=503
// fail is answers, dns, refused, timeout or a status 100-599.

std::string format_web_fail(const WebFail& fail);  // "answers", "dns", ..., "503"
std::optional<WebFail> parse_web_fail(std::string_view text);
std::string format_web_changes(const WebHostChanges& changes);
std::optional<WebHostChanges> parse_web_changes(std::string_view text, std::string* error = nullptr);

// ---- JSON for the engine ---------------------------------------------------------------------------

// loopscope.web.configure()'s argument (python::EngineOptions::web_hosts); "" when there are no changes.
std::string web_changes_json(const WebHostChanges& changes);

// ---- the table with the changes applied ----------------------------------------------------------------

// The table as the next run will have it.
std::vector<WebHost> apply_web_changes(std::vector<WebHost> table, const WebHostChanges& changes);
// The lines the engine prints for the table (the probe script's output: "name latency jitter fail",
// one host a line) -> the table; empty when the text is not such lines.
std::vector<WebHost> parse_web_table(std::string_view text);
// The probe script that prints the table that way (ScriptHost::web_table runs it once).
extern const char* const kWebTableProbe;

// ---- the run's requests per host ------------------------------------------------------------------

struct WebRequests {
    int count = 0;
    std::string last;  // how the last one ended: "200", "503", "refused", "timeout", "dns"
};
using WebRequestTally = std::map<std::string, WebRequests, std::less<>>;

}  // namespace loopscope::playground
