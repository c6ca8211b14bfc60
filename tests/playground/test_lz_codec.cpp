// playground/share/lz_codec.hpp: the share links' LZ77 compressor.
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "lz_codec.hpp"

using namespace loopscope::share;

namespace {
std::string round_trip(const std::string& in) {
    const std::string packed = lz_compress(in);
    std::string out;
    REQUIRE(lz_decompress(packed, in.size(), in.size(), out) == LzStatus::Ok);
    return out;
}
}  // namespace

TEST_CASE("round trips: empty, short, repetitive, overlapping matches, binary") {
    for (const std::string& in : {std::string(), std::string("a"), std::string("abc"), std::string(1000, 'x'),
                                  std::string("abcabcabcabcabcabcabd"), std::string("\0\1\2\0\1\2\0\1\2", 9)})
        CHECK(round_trip(in) == in);
}

TEST_CASE("Python source shrinks") {
    std::string src;
    for (int i = 0; i < 50; ++i)
        src += "async def worker_" + std::to_string(i) +
               "(delay):\n    await asyncio.sleep(delay)\n    return delay\n\n";
    const std::string packed = lz_compress(src);
    CHECK(packed.size() * 3 < src.size());
    CHECK(round_trip(src) == src);
}

TEST_CASE("random data round trips (fuzz)") {
    std::mt19937 rng(7);
    for (int round = 0; round < 200; ++round) {
        std::string in(rng() % 3000, '\0');
        const unsigned alphabet = 1 + rng() % 255;  // small alphabets give many matches
        for (char& c : in) c = static_cast<char>(rng() % alphabet);
        CHECK(round_trip(in) == in);
    }
}

TEST_CASE("bad streams are reported, never crash") {
    const std::string packed = lz_compress("hello hello hello hello");
    std::string out;
    CHECK(lz_decompress(packed, 23, 10, out) == LzStatus::TooLarge);
    CHECK(lz_decompress(packed.substr(0, packed.size() - 1), 23, 100, out) == LzStatus::Truncated);
    CHECK(lz_decompress(packed + "x", 23, 100, out) == LzStatus::Corrupt);  // bytes after the end
    CHECK(lz_decompress(packed, 22, 100, out) == LzStatus::Corrupt);        // longer than declared
    CHECK(lz_decompress(packed, 24, 100, out) == LzStatus::Corrupt);        // ends early
    std::string far;                                                        // a distance before the start
    put_varint(far, 1);
    far += 'a';
    put_varint(far, 5);
    put_varint(far, 2);
    put_varint(far, 0);
    put_varint(far, 0);
    CHECK(lz_decompress(far, 8, 100, out) == LzStatus::Corrupt);
    CHECK(lz_decompress(std::string("\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", 11), 5, 100, out) ==
          LzStatus::Corrupt);
    // A "bomb": a tiny stream that says "repeat one byte a billion times" stops at the declared size.
    std::string bomb;
    put_varint(bomb, 1);
    bomb += 'a';
    put_varint(bomb, 1000000000);
    put_varint(bomb, 1);
    put_varint(bomb, 0);
    put_varint(bomb, 0);
    CHECK(lz_decompress(bomb, 1000, 1000, out) == LzStatus::Corrupt);
    CHECK(out.size() <= 1000);
}

TEST_CASE("mutated streams never crash and never exceed the declared size") {
    std::mt19937 rng(99);
    const std::string text =
        "async def main():\n    await asyncio.gather(a(), b(), c())\n    print('done')\n";
    const std::string packed = lz_compress(text + text + text);
    for (int round = 0; round < 5000; ++round) {
        std::string m = packed;
        const int edits = 1 + static_cast<int>(rng() % 4);
        for (int e = 0; e < edits; ++e) {
            const std::size_t at = rng() % m.size();
            switch (rng() % 3) {
                case 0: m[at] = static_cast<char>(rng()); break;
                case 1: m.erase(at, 1); break;
                case 2: m.insert(at, 1, static_cast<char>(rng())); break;
            }
        }
        std::string out;
        lz_decompress(m, text.size() * 3, text.size() * 3, out);
        CHECK(out.size() <= text.size() * 3);
    }
}

TEST_CASE("varints") {
    for (const std::uint64_t v :
         {std::uint64_t{0}, std::uint64_t{127}, std::uint64_t{128}, std::uint64_t{300}, ~std::uint64_t{0}}) {
        std::string s;
        put_varint(s, v);
        std::size_t pos = 0;
        std::uint64_t back = 1;
        bool truncated = true;
        REQUIRE(get_varint(s, pos, back, truncated));
        CHECK(back == v);
        CHECK(pos == s.size());
        pos = 0;
        if (s.size() > 1) {
            CHECK_FALSE(get_varint(s.substr(0, s.size() - 1), pos, back, truncated));
            CHECK(truncated);
        }
    }
}
