// Share links (share_link.hpp): encoding, and strict decoding with an error per kind of bad input.
//
// Index of this file:
//   Helpers
//   Errors
//   CRC-32, base64url, UTF-8
//   Encoding
//   Decoding
//   Size warning
#include "share_link.hpp"

#include <array>
#include <cmath>
#include <cstring>

#include "lz_codec.hpp"

namespace loopscope::share {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr std::uint64_t kFlagVirtualTime = 1, kFlagScrub = 2, kFlagScrubEvents = 4;
constexpr std::uint64_t kFlagAsyncio37 = 8;        // either version: the run uses asyncio of Python 3.7
constexpr std::uint64_t kFlagStepLimit = 16;       // either version: a step limit other than 60 s follows
constexpr std::uint64_t kFlagScrubFromStart = 32;  // either version: scrub seconds from the run's start
constexpr std::uint64_t kFlagWebHosts = 64;  // either version: the simulated web's changes end the record
constexpr std::uint64_t kKnownFlagsV1 =
    kFlagVirtualTime | kFlagScrub | kFlagAsyncio37 | kFlagStepLimit | kFlagScrubFromStart | kFlagWebHosts;
constexpr std::uint64_t kKnownFlagsV2 = kKnownFlagsV1 | kFlagScrubEvents;
constexpr float kMaxSpeed = 1000.0f;
// A record holds the script and at most ~40 bytes of settings.
constexpr std::size_t kMaxRecordBytes = kMaxScriptBytes + 64 + kMaxWebHostChanges * 272;

// ---- Helpers ------------------------------------------------------------------------------------

int base64_value(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '-') return 62;
    if (c == '_') return 63;
    return -1;
}

void put_u32(std::string& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}
std::uint32_t get_u32(std::string_view s, std::size_t pos) {
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i)
        v |= static_cast<std::uint32_t>(static_cast<unsigned char>(s[pos + static_cast<std::size_t>(i)]))
             << (8 * i);
    return v;
}
void put_u64(std::string& out, std::uint64_t v) {
    for (int i = 0; i < 8; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}
std::uint64_t get_u64(std::string_view s, std::size_t pos) {
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v |= static_cast<std::uint64_t>(static_cast<unsigned char>(s[pos + static_cast<std::size_t>(i)]))
             << (8 * i);
    return v;
}

const char* settings_problem(const ShareState& s) {
    if (!std::isfinite(s.speed) || s.speed <= 0.0f || s.speed > kMaxSpeed)
        return "the speed must be a number in (0, 1000]";
    if (s.has_scrub && (!std::isfinite(s.scrub_seconds) || s.scrub_seconds < 0.0))
        return "the scrub position must be a time >= 0";
    if (s.has_scrub_events && !s.has_scrub) return "the scrub position's event count needs its time too";
    if (s.scrub_from_start && !s.has_scrub) return "the scrub position's origin needs its time too";
    if (s.asyncio_version != 311 && s.asyncio_version != 307)
        return "the asyncio version must be 3.7 or 3.11";
    if (!(s.step_limit >= 0.0 && s.step_limit <= kMaxStepLimit))  // also NaN
        return "the step limit must be from 0 (none) to 86400 seconds";
    if (s.web_hosts.size() > kMaxWebHostChanges) return "the web host changes are too many (at most 64)";
    if (!playground::validate_web_changes(s.web_hosts).empty()) return "the web host changes are invalid";
    return nullptr;
}

// The simulated web's changes (flag bit 6), after the script.
void put_web_hosts(std::string& record, const playground::WebHostChanges& changes) {
    put_varint(record, changes.size());
    for (const playground::WebHostChange& c : changes) {
        put_varint(record, c.host.size());
        record += c.host;
        put_varint(record, (c.latency_ms ? 1u : 0u) | (c.jitter_ms ? 2u : 0u) | (c.fail ? 4u : 0u));
        if (c.latency_ms) put_varint(record, *c.latency_ms);
        if (c.jitter_ms) put_varint(record, *c.jitter_ms);
        if (c.fail)
            put_varint(record, c.fail->kind == playground::WebFail::Status ? std::uint64_t(c.fail->status)
                                                                           : std::uint64_t(c.fail->kind));
    }
}

// Reads what put_web_hosts wrote from record[p..]; false if it is damaged or does not end the record.
bool get_web_hosts(std::string_view record, std::size_t p, playground::WebHostChanges& out) {
    bool truncated = false;
    std::uint64_t count = 0;
    if (!get_varint(record, p, count, truncated) || count == 0 || count > kMaxWebHostChanges) return false;
    for (std::uint64_t i = 0; i < count; ++i) {
        std::uint64_t size = 0, fields = 0, value = 0;
        if (!get_varint(record, p, size, truncated) || size == 0 || size > 253 || record.size() - p < size)
            return false;
        playground::WebHostChange c;
        c.host = std::string(record.substr(p, size));
        p += size;
        if (!get_varint(record, p, fields, truncated) || fields == 0 || fields > 7) return false;
        for (int bit = 0; bit < 3; ++bit) {
            if (!(fields & (1u << bit))) continue;
            if (!get_varint(record, p, value, truncated)) return false;
            if (bit < 2) {
                if (value > playground::kMaxWebMilliseconds) return false;
                (bit == 0 ? c.latency_ms : c.jitter_ms) = static_cast<std::uint32_t>(value);
            } else if (value <= playground::WebFail::Timeout) {
                c.fail = playground::WebFail{static_cast<playground::WebFail::Kind>(value), 0};
            } else if (value >= 100 && value <= 599) {
                c.fail = playground::WebFail{playground::WebFail::Status, static_cast<int>(value)};
            } else {
                return false;
            }
        }
        out.push_back(std::move(c));
    }
    return p == record.size();
}

DecodeResult fail(ShareError error, std::string message) {
    DecodeResult r;
    r.error = error;
    r.message = std::move(message);
    return r;
}

}  // namespace

// ---- Errors -------------------------------------------------------------------------------------

const char* share_error_name(ShareError error) {
    switch (error) {
        case ShareError::None: return "ok";
        case ShareError::NotALink: return "not a Loopscope share link";
        case ShareError::UnsupportedVersion: return "made by another version of Loopscope";
        case ShareError::BadCharacters: return "contains characters a share link never has";
        case ShareError::Truncated: return "cut short";
        case ShareError::Corrupt: return "damaged";
        case ShareError::TooLarge: return "too large";
        case ShareError::InvalidUtf8: return "the script is not valid UTF-8 text";
        case ShareError::BadSettings: return "the run settings are invalid";
    }
    return "unknown error";
}

// ---- CRC-32, base64url, UTF-8 -------------------------------------------------------------------

std::uint32_t crc32(std::string_view bytes) {
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    std::uint32_t crc = 0xFFFFFFFFu;
    for (const char ch : bytes) crc = table[(crc ^ static_cast<unsigned char>(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

std::string base64url_encode(std::string_view bytes) {
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t v = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])) << 16 |
                                static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8 |
                                static_cast<unsigned char>(bytes[i + 2]);
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += kAlphabet[(v >> 6) & 63];
        out += kAlphabet[v & 63];
    }
    const std::size_t rest = bytes.size() - i;
    if (rest) {
        std::uint32_t v = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])) << 16;
        if (rest == 2) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8;
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        if (rest == 2) out += kAlphabet[(v >> 6) & 63];
    }
    return out;
}

bool base64url_decode(std::string_view text, std::string& bytes, ShareError& error) {
    bytes.clear();
    while (!text.empty() && text.back() == '=') text.remove_suffix(1);  // tolerate padding
    if (text.size() % 4 == 1) {                                         // no byte count gives this length
        error = ShareError::Truncated;
        return false;
    }
    bytes.reserve(text.size() * 3 / 4);
    std::uint32_t acc = 0;
    int bits = 0;
    for (const char c : text) {
        const int v = base64_value(c);
        if (v < 0) {
            error = ShareError::BadCharacters;
            return false;
        }
        acc = (acc << 6) | static_cast<std::uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            bytes += static_cast<char>((acc >> bits) & 0xFF);
        }
    }
    if (bits > 0 && (acc & ((1u << bits) - 1)) != 0) {  // leftover bits must be zero in a real encoding
        error = ShareError::Corrupt;
        return false;
    }
    error = ShareError::None;
    return true;
}

bool is_valid_utf8(std::string_view text) {
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len;
        std::uint32_t cp;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else
            return false;  // a continuation byte first, or 0xF8..0xFF
        if (i + len > n) return false;
        for (std::size_t k = 1; k < len; ++k) {
            const auto d = static_cast<unsigned char>(text[i + k]);
            if ((d & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (d & 0x3F);
        }
        const std::uint32_t min_for_len[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < min_for_len[len]) return false;         // overlong
        if (cp > 0x10FFFF) return false;                 // past Unicode
        if (cp >= 0xD800 && cp <= 0xDFFF) return false;  // UTF-16 surrogates
        i += len;
    }
    return true;
}

// ---- Encoding -----------------------------------------------------------------------------------

EncodeResult encode_share_link(const ShareState& state) {
    EncodeResult r;
    if (state.script.size() > kMaxScriptBytes) {
        r.error = ShareError::TooLarge;
        r.message = "the script is " + std::to_string(state.script.size() / 1024) +
                    " KiB; a share link holds at most " + std::to_string(kMaxScriptBytes / 1024) + " KiB";
        return r;
    }
    if (!is_valid_utf8(state.script)) {
        r.error = ShareError::InvalidUtf8;
        r.message = "the script is not valid UTF-8 text";
        return r;
    }
    if (const char* problem = settings_problem(state)) {
        r.error = ShareError::BadSettings;
        r.message = problem;
        return r;
    }
    std::string record;
    const bool v2 = state.has_scrub_events;  // else v1: older versions read it too
    const std::uint64_t step_tenths = static_cast<std::uint64_t>(std::llround(state.step_limit * 10.0));
    const bool own_step_limit = step_tenths != static_cast<std::uint64_t>(kDefaultStepLimit * 10.0);
    put_varint(record, (state.virtual_time ? kFlagVirtualTime : 0) | (state.has_scrub ? kFlagScrub : 0) |
                           (v2 ? kFlagScrubEvents : 0) | (state.asyncio_version == 307 ? kFlagAsyncio37 : 0) |
                           (own_step_limit ? kFlagStepLimit : 0) |
                           (state.scrub_from_start ? kFlagScrubFromStart : 0) |
                           (state.web_hosts.empty() ? 0 : kFlagWebHosts));
    put_varint(record, state.seed);
    std::uint32_t speed_bits;
    std::memcpy(&speed_bits, &state.speed, 4);
    put_u32(record, speed_bits);
    if (state.has_scrub) {
        std::uint64_t scrub_bits;
        std::memcpy(&scrub_bits, &state.scrub_seconds, 8);
        put_u64(record, scrub_bits);
        if (v2) put_varint(record, state.scrub_events);
    }
    if (own_step_limit) put_varint(record, step_tenths);
    put_varint(record, state.script.size());
    record += state.script;
    if (!state.web_hosts.empty()) put_web_hosts(record, state.web_hosts);

    std::string binary;
    put_varint(binary, record.size());
    put_u32(binary, crc32(record));
    binary += lz_compress(record);
    r.fragment = (v2 ? "v2." : "v1.") + base64url_encode(binary);
    return r;
}

// ---- Decoding -----------------------------------------------------------------------------------

DecodeResult decode_share_link(std::string_view link) {
    if (const std::size_t hash = link.find('#'); hash != std::string_view::npos) link = link.substr(hash + 1);
    // Trailing blanks come with copy and paste.
    while (!link.empty() &&
           (link.back() == ' ' || link.back() == '\n' || link.back() == '\r' || link.back() == '\t'))
        link.remove_suffix(1);
    if (link.empty()) return fail(ShareError::NotALink, "the link has no script in it (nothing after '#')");

    // "v<digits>."
    std::size_t pos = 0;
    if (link[0] != 'v')
        return fail(ShareError::NotALink, "this is not a Loopscope share link (it should start with #v1.)");
    ++pos;
    std::uint64_t version = 0;
    const std::size_t digits_start = pos;
    while (pos < link.size() && link[pos] >= '0' && link[pos] <= '9' && pos - digits_start < 9)
        version = version * 10 + static_cast<std::uint64_t>(link[pos++] - '0');
    if (pos == digits_start || pos >= link.size() || link[pos] != '.')
        return fail(ShareError::NotALink, "this is not a Loopscope share link (it should start with #v1.)");
    if (version < 1 || version > kFormatVersion)
        return fail(ShareError::UnsupportedVersion,
                    "this link uses share format v" + std::to_string(version) +
                        "; this Loopscope reads formats v1 to v" + std::to_string(kFormatVersion) +
                        " (open it with the version that made it)");
    ++pos;

    std::string binary;
    ShareError error;
    if (!base64url_decode(link.substr(pos), binary, error))
        return fail(error, error == ShareError::BadCharacters
                               ? "the link contains characters a share link never has (was it edited?)"
                               : "the link is cut short or damaged (was it copied whole?)");

    std::size_t at = 0;
    std::uint64_t record_size = 0;
    bool truncated = false;
    if (!get_varint(binary, at, record_size, truncated))
        return fail(truncated ? ShareError::Truncated : ShareError::Corrupt,
                    truncated ? "the link is cut short (was it copied whole?)" : "the link is damaged");
    if (record_size > kMaxRecordBytes)
        return fail(ShareError::TooLarge, "the link's script would be larger than " +
                                              std::to_string(kMaxScriptBytes / 1024) +
                                              " KiB, more than a share link may hold");
    if (binary.size() - at < 4)
        return fail(ShareError::Truncated, "the link is cut short (was it copied whole?)");
    const std::uint32_t expected_crc = get_u32(binary, at);
    at += 4;

    std::string record;
    switch (lz_decompress(std::string_view(binary).substr(at), static_cast<std::size_t>(record_size),
                          kMaxRecordBytes, record)) {
        case LzStatus::Ok: break;
        case LzStatus::Truncated:
            return fail(ShareError::Truncated, "the link is cut short (was it copied whole?)");
        case LzStatus::Corrupt:
            return fail(ShareError::Corrupt, "the link is damaged (its compressed data does not decode)");
        case LzStatus::TooLarge: return fail(ShareError::TooLarge, "the link's script would be too large");
    }
    if (crc32(record) != expected_crc)
        return fail(ShareError::Corrupt, "the link is damaged (its checksum does not match)");

    // The record: the checksum matched, but it may still have been made by a buggy encoder: check all.
    DecodeResult r;
    std::size_t p = 0;
    std::uint64_t flags = 0, seed = 0, script_size = 0;
    if (!get_varint(record, p, flags, truncated) || !get_varint(record, p, seed, truncated))
        return fail(ShareError::Corrupt, "the link's settings are damaged");
    if (flags & ~(version == 1 ? kKnownFlagsV1 : kKnownFlagsV2))
        return fail(ShareError::BadSettings, "the link has run settings this version does not know");
    if (record.size() - p < 4) return fail(ShareError::Corrupt, "the link's settings are damaged");
    const std::uint32_t speed_bits = get_u32(record, p);
    p += 4;
    std::memcpy(&r.state.speed, &speed_bits, 4);
    r.state.virtual_time = flags & kFlagVirtualTime;
    r.state.has_scrub = flags & kFlagScrub;
    r.state.has_scrub_events = flags & kFlagScrubEvents;
    r.state.asyncio_version = (flags & kFlagAsyncio37) ? 307 : 311;
    r.state.scrub_from_start = flags & kFlagScrubFromStart;
    r.state.seed = seed;
    if (r.state.has_scrub) {
        if (record.size() - p < 8) return fail(ShareError::Corrupt, "the link's settings are damaged");
        const std::uint64_t scrub_bits = get_u64(record, p);
        p += 8;
        std::memcpy(&r.state.scrub_seconds, &scrub_bits, 8);
        if (r.state.has_scrub_events) {
            std::uint64_t events = 0;
            if (!get_varint(record, p, events, truncated))
                return fail(ShareError::Corrupt, "the link's settings are damaged");
            if (events > 0xFFFFFFFFu)
                return fail(ShareError::BadSettings, "the link's scrub position is past any run's end");
            r.state.scrub_events = static_cast<std::uint32_t>(events);
        }
    }
    if (flags & kFlagStepLimit) {
        std::uint64_t tenths = 0;
        if (!get_varint(record, p, tenths, truncated))
            return fail(ShareError::Corrupt, "the link's settings are damaged");
        if (tenths > static_cast<std::uint64_t>(kMaxStepLimit * 10.0))
            return fail(ShareError::BadSettings, "the link's step limit is over a day");
        r.state.step_limit = static_cast<double>(tenths) / 10.0;
    }
    if (const char* problem = settings_problem(r.state))
        return fail(ShareError::BadSettings, std::string("the link's ") + (problem + 4));
    const bool web_hosts = flags & kFlagWebHosts;  // then more follows the script
    if (!get_varint(record, p, script_size, truncated) ||
        (web_hosts ? script_size >= record.size() - p : script_size != record.size() - p))
        return fail(ShareError::Corrupt, "the link's script is damaged");
    r.state.script = record.substr(p, static_cast<std::size_t>(script_size));
    if (web_hosts) {
        if (!get_web_hosts(record, p + static_cast<std::size_t>(script_size), r.state.web_hosts))
            return fail(ShareError::Corrupt, "the link's web host changes are damaged");
        if (std::string problem = playground::validate_web_changes(r.state.web_hosts); !problem.empty())
            return fail(ShareError::BadSettings, "the link's web host changes are invalid: " + problem);
    }
    if (!is_valid_utf8(r.state.script))
        return fail(ShareError::InvalidUtf8, "the link's script is not valid UTF-8 text");
    return r;
}

// ---- Size warning -------------------------------------------------------------------------------

std::string share_link_length_warning(std::size_t fragment_chars) {
    if (fragment_chars <= kWarnFragmentChars) return {};
    return "this link is " + std::to_string(fragment_chars / 1024) +
           " KB long: some chat apps, mail clients and servers cut links over 8 KB; share the script as a "
           "file instead";
}

}  // namespace loopscope::share
