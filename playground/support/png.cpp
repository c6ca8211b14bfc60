#include "png.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <unordered_set>

namespace loopscope::png {
namespace {

constexpr std::array<std::uint8_t, 8> kSignature{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
constexpr std::size_t kMaxStored = 65535;  // largest zlib stored block

const std::array<std::uint32_t, 256>& crc_table() {
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k) c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    return table;
}

void put_be32(std::vector<std::uint8_t>& out, std::uint32_t v) {
    out.push_back(static_cast<std::uint8_t>(v >> 24));
    out.push_back(static_cast<std::uint8_t>(v >> 16));
    out.push_back(static_cast<std::uint8_t>(v >> 8));
    out.push_back(static_cast<std::uint8_t>(v));
}

std::uint32_t get_be32(const std::uint8_t* p) {
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}

void put_chunk(std::vector<std::uint8_t>& out, const char type[4], const std::vector<std::uint8_t>& data) {
    put_be32(out, static_cast<std::uint32_t>(data.size()));
    const std::size_t type_at = out.size();
    out.insert(out.end(), type, type + 4);
    out.insert(out.end(), data.begin(), data.end());
    put_be32(out, crc32(out.data() + type_at, 4 + data.size()));
}

bool fail(std::string* error, const char* what) {
    if (error) *error = what;
    return false;
}

}  // namespace

std::uint32_t crc32(const std::uint8_t* data, std::size_t size, std::uint32_t crc) {
    const auto& t = crc_table();
    crc = ~crc;
    for (std::size_t i = 0; i < size; ++i) crc = t[(crc ^ data[i]) & 0xFFu] ^ (crc >> 8);
    return ~crc;
}

std::uint32_t adler32(const std::uint8_t* data, std::size_t size, std::uint32_t adler) {
    constexpr std::uint32_t kMod = 65521;
    std::uint32_t a = adler & 0xFFFFu, b = adler >> 16;
    while (size > 0) {
        const std::size_t n = size < 5552 ? size : 5552;  // largest run without 32-bit overflow
        for (std::size_t i = 0; i < n; ++i) {
            a += data[i];
            b += a;
        }
        a %= kMod;
        b %= kMod;
        data += n;
        size -= n;
    }
    return (b << 16) | a;
}

std::vector<std::uint8_t> encode_rgba(int width, int height, const std::uint8_t* rgba, bool flip_vertical) {
    const std::size_t row = static_cast<std::size_t>(width) * 4;
    std::vector<std::uint8_t> raw;  // filter byte 0 + row, per row
    raw.reserve((row + 1) * static_cast<std::size_t>(height));
    for (int y = 0; y < height; ++y) {
        const int src_y = flip_vertical ? height - 1 - y : y;
        raw.push_back(0);
        const std::uint8_t* src = rgba + row * static_cast<std::size_t>(src_y);
        raw.insert(raw.end(), src, src + row);
    }

    std::vector<std::uint8_t> z{0x78, 0x01};  // deflate, 32K window, no preset dictionary, check bits ok
    std::size_t pos = 0;
    do {
        const std::size_t n = std::min(kMaxStored, raw.size() - pos);
        const bool last = pos + n == raw.size();
        z.push_back(last ? 1 : 0);  // BFINAL, BTYPE=00 (stored)
        z.push_back(static_cast<std::uint8_t>(n));
        z.push_back(static_cast<std::uint8_t>(n >> 8));
        z.push_back(static_cast<std::uint8_t>(~n));
        z.push_back(static_cast<std::uint8_t>(~n >> 8));
        z.insert(z.end(), raw.begin() + static_cast<std::ptrdiff_t>(pos),
                 raw.begin() + static_cast<std::ptrdiff_t>(pos + n));
        pos += n;
    } while (pos < raw.size());
    put_be32(z, adler32(raw.data(), raw.size()));

    std::vector<std::uint8_t> out(kSignature.begin(), kSignature.end());
    std::vector<std::uint8_t> ihdr;
    put_be32(ihdr, static_cast<std::uint32_t>(width));
    put_be32(ihdr, static_cast<std::uint32_t>(height));
    ihdr.insert(ihdr.end(), {8, 6, 0, 0, 0});  // 8 bits, RGBA, deflate, filter set 0, no interlace
    put_chunk(out, "IHDR", ihdr);
    put_chunk(out, "IDAT", z);
    put_chunk(out, "IEND", {});
    return out;
}

bool write_rgba(const std::string& path, int width, int height, const std::uint8_t* rgba, bool flip_vertical,
                std::string* error) {
    if (width <= 0 || height <= 0 || rgba == nullptr) return fail(error, "empty image");
    const auto bytes = encode_rgba(width, height, rgba, flip_vertical);
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return fail(error, "cannot open file for writing");
    const bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
    const bool closed = std::fclose(f) == 0;
    if (!ok || !closed) return fail(error, "write failed");
    return true;
}

bool decode_stored(const std::vector<std::uint8_t>& bytes, Image& out, std::string* error) {
    if (bytes.size() < kSignature.size() || !std::equal(kSignature.begin(), kSignature.end(), bytes.begin()))
        return fail(error, "not a PNG file");
    std::size_t pos = kSignature.size();
    std::vector<std::uint8_t> z;
    bool have_header = false, have_end = false;
    int width = 0, height = 0;
    while (pos + 12 <= bytes.size() && !have_end) {
        const std::uint32_t len = get_be32(&bytes[pos]);
        if (len > bytes.size() - pos - 12) return fail(error, "truncated chunk");
        const std::uint8_t* type = &bytes[pos + 4];
        const std::uint8_t* data = type + 4;
        if (crc32(type, 4 + len) != get_be32(data + len)) return fail(error, "chunk CRC mismatch");
        if (std::memcmp(type, "IHDR", 4) == 0) {
            if (len != 13) return fail(error, "bad IHDR");
            width = static_cast<int>(get_be32(data));
            height = static_cast<int>(get_be32(data + 4));
            if (data[8] != 8 || data[9] != 6 || data[10] != 0 || data[11] != 0 || data[12] != 0)
                return fail(error, "only 8-bit RGBA, non-interlaced PNGs are supported");
            if (width <= 0 || height <= 0 || width > 1 << 15 || height > 1 << 15)
                return fail(error, "bad size");
            have_header = true;
        } else if (std::memcmp(type, "IDAT", 4) == 0) {
            z.insert(z.end(), data, data + len);
        } else if (std::memcmp(type, "IEND", 4) == 0) {
            have_end = true;
        }
        pos += 12 + len;
    }
    if (!have_header || !have_end) return fail(error, "missing IHDR or IEND");
    if (z.size() < 6 || (z[0] & 0x0F) != 8 || ((z[0] << 8) | z[1]) % 31 != 0)
        return fail(error, "bad zlib header");

    std::vector<std::uint8_t> raw;
    std::size_t zp = 2;
    for (bool last = false; !last;) {
        if (zp + 5 > z.size()) return fail(error, "truncated deflate stream");
        last = z[zp] & 1;
        if ((z[zp] >> 1) != 0) return fail(error, "compressed deflate blocks are not supported");
        const std::size_t n = z[zp + 1] | (z[zp + 2] << 8);
        const std::size_t nn = z[zp + 3] | (z[zp + 4] << 8);
        if ((n ^ 0xFFFFu) != nn) return fail(error, "bad stored block length");
        zp += 5;
        if (zp + n > z.size()) return fail(error, "truncated stored block");
        raw.insert(raw.end(), z.begin() + static_cast<std::ptrdiff_t>(zp),
                   z.begin() + static_cast<std::ptrdiff_t>(zp + n));
        zp += n;
    }
    if (zp + 4 > z.size() || get_be32(&z[zp]) != adler32(raw.data(), raw.size()))
        return fail(error, "Adler-32 mismatch");

    const std::size_t row = static_cast<std::size_t>(width) * 4;
    if (raw.size() != (row + 1) * static_cast<std::size_t>(height))
        return fail(error, "wrong image data size");
    out.width = width;
    out.height = height;
    out.rgba.clear();
    out.rgba.reserve(row * static_cast<std::size_t>(height));
    for (int y = 0; y < height; ++y) {
        const std::uint8_t* r = &raw[(row + 1) * static_cast<std::size_t>(y)];
        if (r[0] != 0) return fail(error, "only filter type 0 is supported");
        out.rgba.insert(out.rgba.end(), r + 1, r + 1 + row);
    }
    return true;
}

bool read_stored(const std::string& path, Image& out, std::string* error) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return fail(error, "cannot open file");
    std::vector<std::uint8_t> bytes;
    std::uint8_t buf[65536];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) bytes.insert(bytes.end(), buf, buf + n);
    std::fclose(f);
    return decode_stored(bytes, out, error);
}

std::size_t distinct_colors(const Image& image, std::size_t cap) {
    std::unordered_set<std::uint32_t> seen;
    for (std::size_t i = 0; i + 3 < image.rgba.size() && seen.size() < cap; i += 4) {
        std::uint32_t v;
        std::memcpy(&v, &image.rgba[i], 4);
        seen.insert(v);
    }
    return seen.size();
}

}  // namespace loopscope::png
