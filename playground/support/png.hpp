// A tiny PNG writer/reader for screenshots: 8-bit RGBA, zlib "stored" (uncompressed) blocks.
// Enough to save a framebuffer and to check such a file in tests; not a general PNG decoder.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace loopscope::png {

// CRC-32 (ISO-HDLC, as used by PNG and zlib). Pass the previous result to continue a running CRC.
std::uint32_t crc32(const std::uint8_t* data, std::size_t size, std::uint32_t crc = 0);
// Adler-32 (zlib). Pass the previous result to continue; start value is 1.
std::uint32_t adler32(const std::uint8_t* data, std::size_t size, std::uint32_t adler = 1);

struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;  // width * height * 4 bytes, top row first
};

// Encodes width x height RGBA pixels. flip_vertical: the input's first row is the bottom row
// (as glReadPixels returns it).
std::vector<std::uint8_t> encode_rgba(int width, int height, const std::uint8_t* rgba, bool flip_vertical);
bool write_rgba(const std::string& path, int width, int height, const std::uint8_t* rgba, bool flip_vertical,
                std::string* error = nullptr);

// Decodes what encode_rgba produces (RGBA8, no interlace, filter 0, stored blocks), checking every
// CRC and the Adler-32. Returns false and fills *error for anything else.
bool decode_stored(const std::vector<std::uint8_t>& bytes, Image& out, std::string* error = nullptr);
bool read_stored(const std::string& path, Image& out, std::string* error = nullptr);

// Number of distinct RGBA values, counting stops at `cap`.
std::size_t distinct_colors(const Image& image, std::size_t cap = 1u << 20);

}  // namespace loopscope::png
