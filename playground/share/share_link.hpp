// Share links: the script and its run settings in a URL fragment, so opening the link restores the
// editor and reproduces the run.
//
// Fragment format, version 1:   v1.<base64url, no padding>
//   binary = varint record_size | crc32(record), 4 bytes little-endian | lz_compress(record)
//   record = varint flags (bit 0: virtual time, bit 1: has a scrub position)
//            | varint seed | speed, IEEE-754 float32 little-endian
//            | [scrub position in seconds, float64 little-endian, if flag bit 1]
//            | varint script_size | script (UTF-8)
// Version 2 (v2.…) is version 1 plus flag bit 2 (needs bit 1): after the scrub seconds, a varint
// count of recorded events — the position as "the state after the first N events", which tells
// apart moments that share one loop time (a virtual clock runs many steps at t = 0; a run paused
// by Step sits between them). The encoder writes v1 whenever the state needs nothing of v2, so
// those links still open in versions that only read v1.
// Flag bit 3 (either version): the run uses asyncio of Python 3.7 (RunSettings::asyncio_version);
// versions that do not know it refuse such a link with "run settings this version does not know".
// Flag bit 4 (either version): the step limit is not the default 60 s; a varint of tenths of a
// second (0: no limit) follows the scrub fields. Without it the limit is 60 s, so links made
// before the setting existed open as before, and links with the default limit open in older versions.
// Flag bit 5 (either version, needs bit 1): the scrub seconds count from the run's first event
// (timeline::run_origin), not from the loop clock's zero. A real-time run's loop clock starts with
// the page (or the process), so an absolute time means nothing in another page; links without the
// bit (made before it) keep their absolute loop time, which on a virtual clock is the same thing
// (such runs start at 0).
// Flag bit 6 (either version): the simulated web's host changes (RunSettings::web_hosts) follow the
// script, ending the record: varint count (1-64), then per host varint name_size | name (a-z 0-9 . -)
// | varint fields (bit 0 latency, bit 1 jitter, bit 2 fail) | [varint latency_ms] | [varint
// jitter_ms] | [varint fail: 0 answers, 1 dns, 2 refused, 3 timeout, or an HTTP status 100-599],
// the hosts sorted by name, each once. A link without changes is the same bytes as before.
// The version is in the text, so a future format can change everything after "vN.". Decoding checks
// every field and never trusts a size: a link that is cut short, altered, from another version, or
// built to expand into gigabytes gets a clear error.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "web_hosts.hpp"

namespace loopscope::share {

inline constexpr int kFormatVersion = 2;  // the newest format read and written
// Largest script a link may carry (the editor's text; bigger scripts are not shared by link).
inline constexpr std::size_t kMaxScriptBytes = 1 << 20;
// Above this many characters a fragment may be cut by chat apps, mail clients or servers.
inline constexpr std::size_t kWarnFragmentChars = 8192;
// The step limit a link without flag bit 4 means, and the largest one a link carries (a day).
inline constexpr double kDefaultStepLimit = 60.0;
inline constexpr double kMaxStepLimit = 86400.0;
// Most hosts of the simulated web a link may change.
inline constexpr std::size_t kMaxWebHostChanges = 64;

struct ShareState {
    std::string script;
    bool virtual_time = true;
    std::uint64_t seed = 0;
    float speed = 1.0f;                     // playback speed factor, > 0
    bool has_scrub = false;                 // the link also points at a moment of the run
    double scrub_seconds = 0.0;             // that moment, in the run's (virtual or real) seconds, >= 0
    bool has_scrub_events = false;          // with has_scrub: the moment is also given as an event count
    std::uint32_t scrub_events = 0;         // the state after the first scrub_events events of the run
    int asyncio_version = 311;              // 311, or 307: asyncio of Python 3.7
    double step_limit = kDefaultStepLimit;  // seconds, 0..kMaxStepLimit (0: none), in tenths
    bool scrub_from_start = false;          // with has_scrub: scrub_seconds count from the run's first event
    playground::WebHostChanges web_hosts;   // the Network panel's changes (flag bit 6)

    friend bool operator==(const ShareState& a, const ShareState& b) {
        return a.script == b.script && a.virtual_time == b.virtual_time && a.seed == b.seed &&
               a.speed == b.speed && a.has_scrub == b.has_scrub &&
               (!a.has_scrub || a.scrub_seconds == b.scrub_seconds) &&
               a.has_scrub_events == b.has_scrub_events &&
               (!a.has_scrub_events || a.scrub_events == b.scrub_events) &&
               a.asyncio_version == b.asyncio_version && a.step_limit == b.step_limit &&
               a.web_hosts == b.web_hosts && (!a.has_scrub || a.scrub_from_start == b.scrub_from_start);
    }
};

enum class ShareError {
    None,
    NotALink,            // no "vN." prefix: not a Loopscope link at all
    UnsupportedVersion,  // "vN." with N not 1 or 2
    BadCharacters,       // not base64url
    Truncated,           // the data ends too early (a cut-off link)
    Corrupt,             // checksum or structure wrong (an altered link)
    TooLarge,            // would expand past kMaxScriptBytes
    InvalidUtf8,         // the script is not valid UTF-8
    BadSettings,         // a run setting is out of range (speed <= 0, NaN, unknown flags, ...)
};

struct DecodeResult {
    ShareError error = ShareError::None;
    std::string message;  // for the user; empty when ok
    ShareState state;
    bool ok() const { return error == ShareError::None; }
};

struct EncodeResult {
    ShareError error = ShareError::None;
    std::string message;
    std::string fragment;  // without the '#'
    bool ok() const { return error == ShareError::None; }
};

// Encodes the state; fails (clear message) for a script that is too large or not UTF-8, or bad settings.
EncodeResult encode_share_link(const ShareState& state);

// Decodes a fragment ("v1.…" or "v2.…"), with or without its '#', or a whole URL (the part after '#' is used).
DecodeResult decode_share_link(std::string_view link);

// A warning to show next to the link ("" if none): set when the fragment is longer than
// kWarnFragmentChars.
std::string share_link_length_warning(std::size_t fragment_chars);

// One sentence per error, for tests and logs.
const char* share_error_name(ShareError error);

// The pieces of the format, exposed for their tests.
std::string base64url_encode(std::string_view bytes);
bool base64url_decode(std::string_view text, std::string& bytes, ShareError& error);
bool is_valid_utf8(std::string_view text);
std::uint32_t crc32(std::string_view bytes);

}  // namespace loopscope::share
