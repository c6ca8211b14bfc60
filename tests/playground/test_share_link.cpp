// playground/share/share_link.hpp: share-link encoding and decoding, with every kind of bad input.
#include <doctest/doctest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

#include "lz_codec.hpp"
#include "share_link.hpp"

using namespace loopscope::share;

namespace {

ShareState sample() {
    ShareState s;
    s.script =
        "import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n    print('héllo, 世界 "
        "😀')\n\nasyncio.run(main())\n";
    s.virtual_time = false;
    s.seed = 424242;
    s.speed = 0.25f;
    s.has_scrub = true;
    s.scrub_seconds = 1.5;
    return s;
}

ShareState round_trip(const ShareState& s) {
    const EncodeResult e = encode_share_link(s);
    REQUIRE(e.ok());
    const DecodeResult d = decode_share_link(e.fragment);
    REQUIRE_MESSAGE(d.ok(), d.message);
    return d.state;
}

// Builds a fragment from a raw record, bypassing the encoder's checks (for hostile links).
std::string fragment_for_record(const std::string& record, std::uint64_t declared_size, bool good_crc = true,
                                const char* version = "v1.") {
    std::string binary;
    put_varint(binary, declared_size);
    std::uint32_t crc = crc32(record) ^ (good_crc ? 0u : 1u);
    for (int i = 0; i < 4; ++i) binary += static_cast<char>((crc >> (8 * i)) & 0xFF);
    binary += lz_compress(record);
    return version + base64url_encode(binary);
}

std::string record(std::uint64_t flags, float speed, const std::string& script) {
    std::string r;
    put_varint(r, flags);
    put_varint(r, 7);
    std::uint32_t bits;
    std::memcpy(&bits, &speed, 4);
    for (int i = 0; i < 4; ++i) r += static_cast<char>((bits >> (8 * i)) & 0xFF);
    put_varint(r, script.size());
    return r + script;
}

}  // namespace

TEST_CASE("round trips: settings, unicode, empty, large") {
    CHECK(round_trip(sample()) == sample());
    ShareState empty;
    CHECK(round_trip(empty) == empty);
    ShareState big = sample();
    big.has_scrub = false;
    big.seed = std::numeric_limits<std::uint64_t>::max();
    big.script.clear();
    for (int i = 0; i < 20000; ++i) big.script += "print(" + std::to_string(i) + ")  # ünïcode\n";
    CHECK(big.script.size() > 500000);
    CHECK(round_trip(big) == big);
}

TEST_CASE("the fragment starts with the version and is URL-safe; '#' and whole URLs are accepted") {
    const EncodeResult e = encode_share_link(sample());
    REQUIRE(e.ok());
    CHECK(e.fragment.rfind("v1.", 0) == 0);
    CHECK(e.fragment.find_first_not_of(
              "v1.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") == std::string::npos);
    CHECK(decode_share_link("#" + e.fragment).ok());
    CHECK(decode_share_link("https://example.org/play/index.html#" + e.fragment + "\n").ok());
    CHECK(decode_share_link("#" + e.fragment).state == sample());
}

TEST_CASE("typical scripts make short links") {
    ShareState s;
    for (int i = 0; i < 30; ++i)
        s.script +=
            "    await asyncio.sleep(0.1)\n    print(f'Task {name}: step " + std::to_string(i) + "')\n";
    const EncodeResult e = encode_share_link(s);
    CHECK(e.fragment.size() < s.script.size());
    CHECK(share_link_length_warning(e.fragment.size()).empty());
}

TEST_CASE("the length warning starts above 8 KB") {
    CHECK(share_link_length_warning(8192).empty());
    CHECK(share_link_length_warning(8193).find("8 KB") != std::string::npos);
}

TEST_CASE("encode refuses what decode would refuse") {
    ShareState s;
    s.script = "bad \xC3";
    CHECK(encode_share_link(s).error == ShareError::InvalidUtf8);
    s.script = std::string(kMaxScriptBytes + 1, 'x');
    CHECK(encode_share_link(s).error == ShareError::TooLarge);
    s.script = "ok";
    s.speed = 0.0f;
    CHECK(encode_share_link(s).error == ShareError::BadSettings);
    s.speed = std::nanf("");
    CHECK(encode_share_link(s).error == ShareError::BadSettings);
    s.speed = 1.0f;
    s.has_scrub = true;
    s.scrub_seconds = -1.0;
    CHECK(encode_share_link(s).error == ShareError::BadSettings);
}

TEST_CASE("not a link, wrong version") {
    CHECK(decode_share_link("").error == ShareError::NotALink);
    CHECK(decode_share_link("#").error == ShareError::NotALink);
    CHECK(decode_share_link("hello").error == ShareError::NotALink);
    CHECK(decode_share_link("v.abc").error == ShareError::NotALink);
    CHECK(decode_share_link("v1abc").error == ShareError::NotALink);
    const DecodeResult v3 = decode_share_link("v3.AAAA");
    CHECK(v3.error == ShareError::UnsupportedVersion);
    CHECK(v3.message.find("v3") != std::string::npos);
    CHECK(decode_share_link("v0.AAAA").error == ShareError::UnsupportedVersion);
    CHECK(decode_share_link("v99999999999999.AAAA").error != ShareError::None);
}

TEST_CASE("bad characters, truncation, corruption") {
    const std::string good = encode_share_link(sample()).fragment;
    CHECK(decode_share_link(good.substr(0, 10) + "*" + good.substr(11)).error == ShareError::BadCharacters);
    CHECK(decode_share_link(good.substr(0, 10) + " " + good.substr(11)).error == ShareError::BadCharacters);
    for (std::size_t cut = 3; cut < good.size(); cut += 7) {
        const DecodeResult d = decode_share_link(good.substr(0, cut));
        CHECK_MESSAGE(!d.ok(), cut);
        CHECK(!d.message.empty());
    }
    CHECK(decode_share_link(good.substr(0, good.size() - 8)).error == ShareError::Truncated);
    CHECK(decode_share_link("v1.").error == ShareError::Truncated);
    std::string flipped = good;
    flipped[good.size() / 2] = flipped[good.size() / 2] == 'A' ? 'B' : 'A';
    const DecodeResult d = decode_share_link(flipped);
    CHECK_FALSE(d.ok());
    CHECK((d.error == ShareError::Corrupt || d.error == ShareError::Truncated));
    // A checksum mismatch alone.
    CHECK(decode_share_link(fragment_for_record(record(1, 1.0f, "x"), record(1, 1.0f, "x").size(), false))
              .error == ShareError::Corrupt);
}

TEST_CASE("a bomb (declared or real) is refused before it expands") {
    // Declares a 2 GB record.
    CHECK(decode_share_link(fragment_for_record("x", std::uint64_t{2} << 30)).error == ShareError::TooLarge);
    // A real one: 4 MB of 'a' compresses to a few bytes.
    const std::string big = record(1, 1.0f, std::string(4u << 20, 'a'));
    const std::string link = fragment_for_record(big, big.size());
    CHECK(link.size() < 2000);
    CHECK(decode_share_link(link).error == ShareError::TooLarge);
}

TEST_CASE("invalid UTF-8 and bad settings inside a well-formed link") {
    for (const std::string& bad :
         {std::string("\xC3"), std::string("\xC0\xAF"), std::string("\xED\xA0\x80"),
          std::string("\xF4\x90\x80\x80"), std::string("\x80"), std::string("\xFF")}) {
        const std::string r = record(1, 1.0f, "print(1) " + bad);
        CHECK(decode_share_link(fragment_for_record(r, r.size())).error == ShareError::InvalidUtf8);
    }
    const std::string unknown_flag =
        record(128, 1.0f, "x");  // 8 asyncio 3.7, 16 a step limit, 32 scrub origin, 64 web
    CHECK(decode_share_link(fragment_for_record(unknown_flag, unknown_flag.size())).error ==
          ShareError::BadSettings);
    const std::string negative_speed = record(1, -2.0f, "x");
    CHECK(decode_share_link(fragment_for_record(negative_speed, negative_speed.size())).error ==
          ShareError::BadSettings);
    std::string wrong_size = record(1, 1.0f, "x");
    wrong_size.back() = 'y';
    wrong_size += "extra";
    CHECK(decode_share_link(fragment_for_record(wrong_size, wrong_size.size())).error == ShareError::Corrupt);
    const std::string short_settings = "\x01";
    CHECK(decode_share_link(fragment_for_record(short_settings, 1)).error == ShareError::Corrupt);
}

TEST_CASE("UTF-8 validator") {
    CHECK(is_valid_utf8(""));
    CHECK(is_valid_utf8("ascii"));
    CHECK(is_valid_utf8("é€😀\xF4\x8F\xBF\xBF"));
    CHECK_FALSE(is_valid_utf8("\xE2\x82"));      // cut short
    CHECK_FALSE(is_valid_utf8("\xE0\x80\x80"));  // overlong
    CHECK_FALSE(is_valid_utf8("\xF8\x88\x80\x80\x80"));
}

TEST_CASE("base64url and crc32 known values") {
    CHECK(base64url_encode("") == "");
    CHECK(base64url_encode("f") == "Zg");
    CHECK(base64url_encode("fo") == "Zm8");
    CHECK(base64url_encode("foo") == "Zm9v");
    CHECK(base64url_encode("\xfb\xff") == "-_8");
    std::string bytes;
    ShareError e;
    REQUIRE(base64url_decode("Zm9vYg==", bytes, e));
    CHECK(bytes == "foob");
    CHECK_FALSE(base64url_decode("Zm9vY", bytes, e));
    CHECK(e == ShareError::Truncated);
    CHECK_FALSE(base64url_decode("Zh", bytes, e));  // leftover bits set
    CHECK(crc32("123456789") == 0xCBF43926u);
}

TEST_CASE("fuzz: random and mutated links never crash; whatever decodes is valid") {
    std::mt19937 rng(2026);
    const std::string good = encode_share_link(sample()).fragment;
    const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.v#";
    int decoded = 0;
    for (int round = 0; round < 20000; ++round) {
        std::string link;
        if (round % 2) {
            link = "v1.";
            const std::size_t n = rng() % 200;
            for (std::size_t i = 0; i < n; ++i) link += alphabet[rng() % 64];
        } else {
            link = good;
            const int edits = 1 + static_cast<int>(rng() % 3);
            for (int e = 0; e < edits; ++e) {
                const std::size_t at = 3 + rng() % (link.size() - 3);
                switch (rng() % 3) {
                    case 0: link[at] = alphabet[rng() % alphabet.size()]; break;
                    case 1: link.erase(at, 1); break;
                    case 2: link.insert(at, 1, alphabet[rng() % alphabet.size()]); break;
                }
                if (link.size() <= 3) break;
            }
        }
        const DecodeResult d = decode_share_link(link);
        if (d.ok()) {
            ++decoded;
            CHECK(is_valid_utf8(d.state.script));
            CHECK(d.state.speed > 0.0f);
        } else {
            CHECK(!d.message.empty());
        }
    }
    CHECK(decoded < 20000);
}

TEST_CASE("format v1 stays readable: a link made by the first version decodes to the same state") {
    // Made once with encode_share_link; if this breaks, links already shared would break: make a v2.
    const DecodeResult d = decode_share_link(
        "#v1."
        "lAHSp6ucBwMHAACAPgADARXgP4QBaW1wb3J0IGFzeW5jaW8KCgoDCg4gZGVmIG1haW4oKToKIAEBF3ByaW50KCdzaGFyZWQ6IGjD"
        "qWxsbycpAxwEYXdhaQdCCi5zbGVlcCgwLjUEHQAFOQRkb25lAS8ABV8AAScEcnVuKARhAikKAA");
    REQUIRE_MESSAGE(d.ok(), d.message);
    CHECK(d.state.script ==
          "import asyncio\n\n\nasync def main():\n    print('shared: h\xc3\xa9llo')\n    await "
          "asyncio.sleep(0.5)\n"
          "    print('done')\n\n\nasyncio.run(main())\n");
    CHECK(d.state.virtual_time);
    CHECK(d.state.seed == 7);
    CHECK(d.state.speed == 0.25f);
    CHECK(d.state.has_scrub);
    CHECK(d.state.scrub_seconds == 0.5);
}

TEST_CASE("format v2: the scrub position as an event count; v1 whenever it is not needed") {
    ShareState s = sample();
    CHECK(encode_share_link(s).fragment.rfind("v1.", 0) == 0);  // no event count: older versions read it
    s.has_scrub_events = true;
    s.scrub_events = 123456;
    const EncodeResult e = encode_share_link(s);
    REQUIRE(e.ok());
    CHECK(e.fragment.rfind("v2.", 0) == 0);
    const ShareState back = round_trip(s);
    CHECK(back == s);
    CHECK(back.has_scrub_events);
    CHECK(back.scrub_events == 123456);
    CHECK(back.scrub_seconds == 1.5);
    s.scrub_events = 0xFFFFFFFFu;  // the largest count
    CHECK(round_trip(s) == s);
    s.scrub_events = 0;
    CHECK(round_trip(s) == s);
    // A count without the time it belongs to is refused both ways.
    s.has_scrub = false;
    CHECK(encode_share_link(s).error == ShareError::BadSettings);
    // The same settings without the count decode equal as v1 and v2 (the count is what differs).
    ShareState plain = sample();
    ShareState counted = sample();
    counted.has_scrub_events = true;
    counted.scrub_events = 9;
    CHECK(!(round_trip(plain) == round_trip(counted)));
}

TEST_CASE("format v2: bad records") {
    // v2 record: flags | seed | speed | scrub seconds | scrub events | script.
    auto v2_record = [](std::uint64_t flags, bool with_seconds, const std::string& events,
                        const std::string& script) {
        std::string r;
        put_varint(r, flags);
        put_varint(r, 7);
        const float speed = 1.0f;
        std::uint32_t bits;
        std::memcpy(&bits, &speed, 4);
        for (int i = 0; i < 4; ++i) r += static_cast<char>((bits >> (8 * i)) & 0xFF);
        if (with_seconds) {
            const double t = 0.25;
            std::uint64_t b;
            std::memcpy(&b, &t, 8);
            for (int i = 0; i < 8; ++i) r += static_cast<char>((b >> (8 * i)) & 0xFF);
        }
        r += events;
        put_varint(r, script.size());
        return r + script;
    };
    std::string forty_two;
    put_varint(forty_two, 42);
    const std::string good = v2_record(1 | 2 | 4, true, forty_two, "print(1)\n");
    const DecodeResult ok = decode_share_link(fragment_for_record(good, good.size(), true, "v2."));
    REQUIRE_MESSAGE(ok.ok(), ok.message);
    CHECK(ok.state.scrub_events == 42);
    CHECK(ok.state.scrub_seconds == 0.25);
    CHECK(ok.state.script == "print(1)\n");

    // The v2 flag in a v1 link: a setting v1 does not have.
    CHECK(decode_share_link(fragment_for_record(good, good.size(), true, "v1.")).error ==
          ShareError::BadSettings);
    // An event count without a scrub position.
    const std::string no_seconds = v2_record(1 | 4, false, "", "print(1)\n");
    const DecodeResult d1 =
        decode_share_link(fragment_for_record(no_seconds, no_seconds.size(), true, "v2."));
    CHECK(d1.error == ShareError::BadSettings);
    CHECK(!d1.message.empty());
    // A count past 32 bits.
    std::string huge;
    put_varint(huge, std::uint64_t{1} << 40);
    const std::string past = v2_record(1 | 2 | 4, true, huge, "x");
    CHECK(decode_share_link(fragment_for_record(past, past.size(), true, "v2.")).error ==
          ShareError::BadSettings);
    // The count cut off in the middle of its varint (the record ends there).
    const std::string cut = v2_record(1 | 2 | 4, true, "", "").substr(0, 14) + "\x80";
    CHECK(decode_share_link(fragment_for_record(cut, cut.size(), true, "v2.")).error == ShareError::Corrupt);
    // Unknown flags in v2.
    const std::string unknown = v2_record(1 | 2 | 4 | 128, true, forty_two, "x");
    CHECK(decode_share_link(fragment_for_record(unknown, unknown.size(), true, "v2.")).error ==
          ShareError::BadSettings);
    // Every truncation of a real v2 link fails cleanly.
    ShareState s = sample();
    s.has_scrub_events = true;
    s.scrub_events = 77;
    const std::string link = encode_share_link(s).fragment;
    for (std::size_t n = 0; n < link.size(); ++n)
        CHECK_MESSAGE(!decode_share_link(link.substr(0, n)).ok(), n);
}

TEST_CASE("flag bit 3: asyncio of Python 3.7 travels in v1 and v2 links; 3.11 links are unchanged") {
    ShareState s = sample();
    const std::string plain = encode_share_link(s).fragment;
    s.asyncio_version = 307;
    const EncodeResult e = encode_share_link(s);
    REQUIRE(e.ok());
    CHECK(e.fragment.rfind("v1.", 0) == 0);
    CHECK(e.fragment != plain);
    CHECK(round_trip(s) == s);
    CHECK(round_trip(s).asyncio_version == 307);
    CHECK(round_trip(sample()).asyncio_version == 311);
    s.has_scrub_events = true;
    s.scrub_events = 5;
    CHECK(encode_share_link(s).fragment.rfind("v2.", 0) == 0);
    CHECK(round_trip(s) == s);
    s.asyncio_version = 308;  // not a setting the playground has
    CHECK(encode_share_link(s).error == ShareError::BadSettings);
}

TEST_CASE("flag bit 5: scrub seconds from the run's start; links without it keep their meaning") {
    ShareState s = sample();
    const std::string absolute = encode_share_link(s).fragment;
    CHECK(!round_trip(s).scrub_from_start);  // as every link made before the bit
    s.scrub_from_start = true;
    const EncodeResult e = encode_share_link(s);
    REQUIRE(e.ok());
    CHECK(e.fragment.rfind("v1.", 0) == 0);  // no event count: still v1
    CHECK(e.fragment != absolute);
    CHECK(round_trip(s) == s);
    CHECK(round_trip(s).scrub_from_start);
    CHECK(round_trip(s).scrub_seconds == 1.5);
    ShareState other = s;
    other.scrub_from_start = false;
    CHECK(!(round_trip(s) == round_trip(other)));
    // With an event count (v2) and asyncio 3.7 (bit 3) together.
    s.has_scrub_events = true;
    s.scrub_events = 99;
    s.asyncio_version = 307;
    CHECK(encode_share_link(s).fragment.rfind("v2.", 0) == 0);
    CHECK(round_trip(s) == s);
    // An origin without a position is refused both ways.
    ShareState no_scrub = sample();
    no_scrub.has_scrub = false;
    no_scrub.scrub_from_start = true;
    CHECK(encode_share_link(no_scrub).error == ShareError::BadSettings);
    const std::string raw = record(1 | 32, 1.0f, "x");
    const DecodeResult d = decode_share_link(fragment_for_record(raw, raw.size()));
    CHECK(d.error == ShareError::BadSettings);
    CHECK(d.message.find("origin") != std::string::npos);
    // The first version's link (absolute seconds) decodes without the bit.
    const DecodeResult old = decode_share_link(
        "#v1."
        "lAHSp6ucBwMHAACAPgADARXgP4QBaW1wb3J0IGFzeW5jaW8KCgoDCg4gZGVmIG1haW4oKToKIAEBF3ByaW50KCdzaGFyZWQ6IGjD"
        "qWxsbycpAxwEYXdhaQdCCi5zbGVlcCgwLjUEHQAFOQRkb25lAS8ABV8AAScEcnVuKARhAikKAA");
    REQUIRE(old.ok());
    CHECK(old.state.has_scrub);
    CHECK(!old.state.scrub_from_start);
}

// The Network panel's changes (flag bit 6) follow the script.
namespace {

loopscope::playground::WebHostChanges sample_web() {
    using loopscope::playground::WebFail;
    loopscope::playground::WebHostChanges web;
    web.push_back({"httpbin.org", std::nullopt, std::nullopt, WebFail{WebFail::Status, 503}});
    web.push_back({"www.example.com", 2500u, 0u, std::nullopt});
    web.push_back({"xkcd.com", std::nullopt, 3600000u, WebFail{WebFail::Refused, 0}});
    return web;
}

}  // namespace

TEST_CASE("flag bit 6: the simulated web's changes round trip; links without them are the bytes they were") {
    ShareState s = sample();
    const std::string plain = encode_share_link(s).fragment;
    s.web_hosts = sample_web();
    const EncodeResult e = encode_share_link(s);
    REQUIRE(e.ok());
    CHECK(e.fragment.rfind("v1.", 0) == 0);
    CHECK(e.fragment != plain);
    CHECK(e.fragment.size() < plain.size() + 80);  // compact: the names and a few bytes per host
    const ShareState back = round_trip(s);
    CHECK(back == s);
    CHECK(back.script == s.script);
    REQUIRE(back.web_hosts.size() == 3);
    CHECK(back.web_hosts[0].fail->status == 503);
    CHECK(*back.web_hosts[1].latency_ms == 2500);
    CHECK(back.web_hosts[2].fail->kind == loopscope::playground::WebFail::Refused);
    // Every failure kind and the v2 form.
    using loopscope::playground::WebFail;
    for (WebFail::Kind kind : {WebFail::Answers, WebFail::Dns, WebFail::Refused, WebFail::Timeout}) {
        s.web_hosts = {{"www.example.com", std::nullopt, std::nullopt, WebFail{kind, 0}}};
        CHECK(round_trip(s) == s);
    }
    s.has_scrub_events = true;
    s.scrub_events = 9;
    CHECK(encode_share_link(s).fragment.rfind("v2.", 0) == 0);
    CHECK(round_trip(s) == s);
    // The sample without changes still decodes as before (the script ends the record).
    CHECK(decode_share_link(plain).state.web_hosts.empty());
}

TEST_CASE("flag bit 6: the encoder refuses bad changes; damaged ones never decode") {
    using loopscope::playground::WebFail;
    ShareState s = sample();
    s.web_hosts = {{"B.example", 1u, std::nullopt, std::nullopt}};  // upper case
    CHECK(encode_share_link(s).error == ShareError::BadSettings);
    s.web_hosts = {{"b.example", 1u, std::nullopt, std::nullopt},
                   {"a.example", 1u, std::nullopt, std::nullopt}};
    CHECK(encode_share_link(s).error == ShareError::BadSettings);  // not sorted
    s.web_hosts = {{"a.example", std::nullopt, std::nullopt, std::nullopt}};
    CHECK(encode_share_link(s).error == ShareError::BadSettings);  // changes nothing
    s.web_hosts = {{"a.example", 3600001u, std::nullopt, std::nullopt}};
    CHECK(encode_share_link(s).error == ShareError::BadSettings);
    s.web_hosts = {{"a.example", std::nullopt, std::nullopt, WebFail{WebFail::Status, 600}}};
    CHECK(encode_share_link(s).error == ShareError::BadSettings);

    // Hand-made records: flag 64, the script, then the web section.
    auto with_web = [](const std::string& web) {
        std::string r = record(64, 1.0f, "print(1)\n") + web;
        return decode_share_link(fragment_for_record(r, r.size()));
    };
    std::string good;
    put_varint(good, 1);
    put_varint(good, 3);
    good += "a.b";
    put_varint(good, 4);
    put_varint(good, 500);
    const DecodeResult ok = with_web(good);
    REQUIRE_MESSAGE(ok.ok(), ok.message);
    CHECK(ok.state.script == "print(1)\n");
    CHECK(ok.state.web_hosts.at(0).fail->status == 500);
    CHECK_FALSE(with_web("").ok());                               // the flag without a section
    CHECK_FALSE(with_web(good + "x").ok());                       // bytes after it
    CHECK_FALSE(with_web(good.substr(0, good.size() - 1)).ok());  // cut short
    std::string bad_status = good.substr(0, good.size() - 2);
    put_varint(bad_status, 42);
    CHECK_FALSE(with_web(bad_status).ok());
    std::string zero;
    put_varint(zero, 0);
    CHECK_FALSE(with_web(zero).ok());  // a count of 0 is never written
    std::string many;
    put_varint(many, 1000000);
    CHECK_FALSE(with_web(many).ok());
    std::string dup = good;
    dup[0] = 2;
    dup += good.substr(1);
    CHECK(with_web(dup).error == ShareError::BadSettings);  // the same host twice
    std::string upper = good;
    upper[2] = 'A';
    CHECK(with_web(upper).error == ShareError::BadSettings);
    // Every truncation and byte flip of a good link is refused or decodes to valid changes.
    ShareState full = sample();
    full.web_hosts = sample_web();
    const std::string frag = encode_share_link(full).fragment;
    for (std::size_t n = 3; n < frag.size(); ++n) {
        const DecodeResult d = decode_share_link(frag.substr(0, n));
        if (d.ok())
            CHECK(loopscope::playground::validate_web_changes(d.state.web_hosts).empty());
        else
            CHECK_FALSE(d.message.empty());
    }
}

TEST_CASE("flag bit 6 stays readable: a link with web host changes made by this version") {
    // Made once with encode_share_link (also the fuzzer's seed corpus/share_link/web_hosts_v1.txt).
    const DecodeResult d = decode_share_link(
        "v1.d-T0x-sdQQAAAIA_"
        "S2ltcG9ydCByZXF1ZXN0cwpwcmludCgGDy8uZ2V0KCdodHRwczovL3d3dy5leGFtcGxlLmNvbScpLnN0YXR1c19jb2RlKQoCCwIp"
        "C2Jpbi5vcmcE9wMPDTAFB8QTAAIA");
    REQUIRE_MESSAGE(d.ok(), d.message);
    CHECK(d.state.script == "import requests\nprint(requests.get('https://www.example.com').status_code)\n");
    REQUIRE(d.state.web_hosts.size() == 2);
    CHECK(d.state.web_hosts[0].host == "httpbin.org");
    CHECK(d.state.web_hosts[0].fail->status == 503);
    CHECK(*d.state.web_hosts[1].latency_ms == 2500);
    CHECK(*d.state.web_hosts[1].jitter_ms == 0);
    CHECK(d.state.web_hosts[1].fail->kind == loopscope::playground::WebFail::Refused);
}

TEST_CASE("flag bit 4: a step limit other than 60 s travels in tenths; default links are unchanged") {
    ShareState s = sample();
    CHECK(s.step_limit == 60.0);
    const std::string plain = encode_share_link(s).fragment;
    for (const double limit : {0.0, 0.1, 5.0, 7.3, 59.9, 60.1, 300.0, 86400.0}) {
        CAPTURE(limit);
        s.step_limit = limit;
        const EncodeResult e = encode_share_link(s);
        REQUIRE(e.ok());
        CHECK(e.fragment.rfind("v1.", 0) == 0);
        CHECK(e.fragment != plain);
        CHECK(round_trip(s) == s);
        CHECK(round_trip(s).step_limit == limit);
    }
    // A limit finer than a tenth is rounded to one; 60 s is the default: no field at all.
    s.step_limit = 2.54;
    CHECK(round_trip(s).step_limit == 2.5);
    s.step_limit = 60.0;
    CHECK(encode_share_link(s).fragment == plain);
    CHECK(round_trip(s).step_limit == 60.0);
    // With the v2 event count too.
    s.step_limit = 12.5;
    s.has_scrub_events = true;
    s.scrub_events = 9;
    CHECK(encode_share_link(s).fragment.rfind("v2.", 0) == 0);
    CHECK(round_trip(s) == s);
    for (const double bad : {-1.0, 86400.5, std::nan(""), std::numeric_limits<double>::infinity()}) {
        s.step_limit = bad;
        CHECK(encode_share_link(s).error == ShareError::BadSettings);
    }
}

TEST_CASE("flag bit 4: bad step limit records") {
    const std::string script = "print(1)";
    auto with_limit = [&](std::uint64_t flags, const std::string& field) {
        std::string r;
        put_varint(r, flags);
        put_varint(r, 7);
        const float speed = 1.0f;
        std::uint32_t bits;
        std::memcpy(&bits, &speed, 4);
        for (int i = 0; i < 4; ++i) r += static_cast<char>((bits >> (8 * i)) & 0xFF);
        r += field;
        put_varint(r, script.size());
        r += script;
        return fragment_for_record(r, r.size());
    };
    std::string tenths;
    put_varint(tenths, 25);
    const DecodeResult ok = decode_share_link(with_limit(16, tenths));
    REQUIRE_MESSAGE(ok.ok(), ok.message);
    CHECK(ok.state.step_limit == 2.5);
    CHECK(ok.state.script == script);
    std::string too_long;
    put_varint(too_long, 864001);
    const DecodeResult over = decode_share_link(with_limit(16, too_long));
    CHECK(over.error == ShareError::BadSettings);
    CHECK(over.message == "the link's step limit is over a day");
    // The flag without its field: the script size is read as the limit, and the rest is damaged.
    CHECK_FALSE(decode_share_link(with_limit(16, "")).ok());
    // An unknown higher bit is still refused.
    CHECK(decode_share_link(with_limit(128, "")).error == ShareError::BadSettings);
}
