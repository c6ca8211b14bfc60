// The screenshot PNG writer/reader used by the playground's --screenshot mode and its test.
#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "png.hpp"

namespace png = loopscope::png;

namespace {
std::vector<std::uint8_t> bytes_of(const char* s) { return {s, s + std::strlen(s)}; }

std::vector<std::uint8_t> gradient(int w, int h) {
    std::vector<std::uint8_t> px(static_cast<std::size_t>(w) * h * 4);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            auto* p = &px[(static_cast<std::size_t>(y) * w + x) * 4];
            p[0] = static_cast<std::uint8_t>(x);
            p[1] = static_cast<std::uint8_t>(y);
            p[2] = static_cast<std::uint8_t>(x ^ y);
            p[3] = 255;
        }
    return px;
}
}  // namespace

TEST_CASE("crc32 and adler32 match the published check values") {
    const auto digits = bytes_of("123456789");
    CHECK(png::crc32(digits.data(), digits.size()) == 0xCBF43926u);
    // Continuing a running CRC gives the same result as one pass.
    const std::uint32_t first = png::crc32(digits.data(), 4);
    CHECK(png::crc32(digits.data() + 4, digits.size() - 4, first) == 0xCBF43926u);
    CHECK(png::crc32(nullptr, 0) == 0u);

    const auto wiki = bytes_of("Wikipedia");
    CHECK(png::adler32(wiki.data(), wiki.size()) == 0x11E60398u);
    CHECK(png::adler32(nullptr, 0) == 1u);
    // Long input exercises the modulo batching.
    std::vector<std::uint8_t> ff(100000, 0xFF);
    std::uint32_t a = 1, b = 0;
    for (auto v : ff) {
        a = (a + v) % 65521;
        b = (b + a) % 65521;
    }
    CHECK(png::adler32(ff.data(), ff.size()) == ((b << 16) | a));
}

TEST_CASE("encode_rgba writes a well-formed header") {
    const std::uint8_t px[] = {255, 0, 0, 255, 0, 255, 0, 255};
    const auto file = png::encode_rgba(2, 1, px, false);
    REQUIRE(file.size() > 8 + 25 + 12);
    const std::uint8_t sig[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    CHECK(std::memcmp(file.data(), sig, 8) == 0);
    CHECK(std::memcmp(file.data() + 12, "IHDR", 4) == 0);
    CHECK(file[16 + 3] == 2);  // width
    CHECK(file[20 + 3] == 1);  // height
    CHECK(file[24] == 8);      // bit depth
    CHECK(file[25] == 6);      // colour type RGBA
    CHECK(std::memcmp(file.data() + file.size() - 8, "IEND", 4) == 0);
}

TEST_CASE("round trip through several stored blocks, with and without flipping") {
    const int w = 300, h = 80;  // 80 * (1 + 1200) bytes > one 65535-byte stored block
    const auto px = gradient(w, h);
    png::Image img;
    std::string err;

    REQUIRE_MESSAGE(png::decode_stored(png::encode_rgba(w, h, px.data(), false), img, &err), err);
    CHECK(img.width == w);
    CHECK(img.height == h);
    CHECK(img.rgba == px);

    REQUIRE(png::decode_stored(png::encode_rgba(w, h, px.data(), true), img, &err));
    const std::size_t row = static_cast<std::size_t>(w) * 4;
    CHECK(std::memcmp(img.rgba.data(), px.data() + row * (h - 1), row) == 0);  // last row first
    CHECK(std::memcmp(img.rgba.data() + row * (h - 1), px.data(), row) == 0);
}

TEST_CASE("decoder rejects damaged files") {
    const auto px = gradient(4, 4);
    auto file = png::encode_rgba(4, 4, px.data(), false);
    png::Image img;
    std::string err;

    auto bad_crc = file;
    bad_crc[40] ^= 0x01;  // inside the IDAT data
    CHECK_FALSE(png::decode_stored(bad_crc, img, &err));
    CHECK(err.find("CRC") != std::string::npos);

    auto bad_sig = file;
    bad_sig[1] = 'X';
    CHECK_FALSE(png::decode_stored(bad_sig, img, &err));

    file.resize(file.size() - 12);  // no IEND
    CHECK_FALSE(png::decode_stored(file, img, &err));
}

TEST_CASE("distinct_colors counts RGBA values") {
    png::Image img;
    img.width = 3;
    img.height = 1;
    img.rgba = {1, 2, 3, 255, 1, 2, 3, 255, 9, 9, 9, 255};
    CHECK(png::distinct_colors(img) == 2);
    const auto px = gradient(64, 64);
    img = {64, 64, px};
    CHECK(png::distinct_colors(img) == 64 * 64);
    CHECK(png::distinct_colors(img, 10) == 10);
}
