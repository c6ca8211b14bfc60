#include "lz_codec.hpp"

#include <algorithm>
#include <vector>

namespace loopscope::share {

namespace {

constexpr std::size_t kMinMatch = 3;
constexpr std::size_t kMaxMatch = 1 << 16;
constexpr std::size_t kWindow = 1 << 16;
constexpr int kHashBits = 15;
constexpr int kMaxChain = 48;  // candidates tried per position: speed vs. ratio

std::uint32_t hash3(const unsigned char* p) {
    const std::uint32_t v = p[0] | (p[1] << 8) | (p[2] << 16);
    return (v * 2654435761u) >> (32 - kHashBits);
}

}  // namespace

void put_varint(std::string& out, std::uint64_t value) {
    while (value >= 0x80) {
        out += static_cast<char>((value & 0x7F) | 0x80);
        value >>= 7;
    }
    out += static_cast<char>(value);
}

bool get_varint(std::string_view data, std::size_t& pos, std::uint64_t& value, bool& truncated) {
    value = 0;
    truncated = false;
    for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= data.size()) {
            truncated = true;
            return false;
        }
        const auto byte = static_cast<unsigned char>(data[pos++]);
        if (shift == 63 && byte > 1) return false;  // more than 64 bits
        value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
        if (!(byte & 0x80)) return true;
    }
    return false;
}

std::string lz_compress(std::string_view input) {
    std::string out;
    const auto* data = reinterpret_cast<const unsigned char*>(input.data());
    const std::size_t n = input.size();
    std::vector<std::int64_t> head(std::size_t{1} << kHashBits, -1);
    std::vector<std::int64_t> prev(n, -1);  // previous position with the same hash (a chain per hash)
    std::size_t literal_start = 0;
    std::size_t i = 0;
    auto insert = [&](std::size_t pos) {
        if (pos + kMinMatch > n) return;
        const std::uint32_t h = hash3(data + pos);
        prev[pos] = head[h];
        head[h] = static_cast<std::int64_t>(pos);
    };
    while (i + kMinMatch <= n) {
        std::size_t best_len = 0, best_dist = 0;
        std::int64_t candidate = head[hash3(data + i)];
        for (int chain = 0; candidate >= 0 && chain < kMaxChain; ++chain) {
            const auto c = static_cast<std::size_t>(candidate);
            if (i - c > kWindow) break;
            const std::size_t limit = std::min(n - i, kMaxMatch);
            std::size_t len = 0;
            while (len < limit && data[c + len] == data[i + len]) ++len;
            if (len > best_len) {
                best_len = len;
                best_dist = i - c;
                if (len == limit) break;
            }
            candidate = prev[c];
        }
        if (best_len >= kMinMatch) {
            put_varint(out, i - literal_start);
            out.append(input.substr(literal_start, i - literal_start));
            put_varint(out, best_len - kMinMatch + 1);
            put_varint(out, best_dist);
            for (std::size_t k = 0; k < best_len; ++k) insert(i + k);
            i += best_len;
            literal_start = i;
        } else {
            insert(i);
            ++i;
        }
    }
    put_varint(out, n - literal_start);
    out.append(input.substr(literal_start));
    put_varint(out, 0);
    return out;
}

LzStatus lz_decompress(std::string_view data, std::size_t expected_size, std::size_t max_size,
                       std::string& out) {
    out.clear();
    if (expected_size > max_size) return LzStatus::TooLarge;
    out.reserve(expected_size);
    std::size_t pos = 0;
    while (true) {
        std::uint64_t literals = 0, code = 0, distance = 0;
        bool truncated = false;
        if (!get_varint(data, pos, literals, truncated))
            return truncated ? LzStatus::Truncated : LzStatus::Corrupt;
        if (literals > expected_size - out.size()) return LzStatus::Corrupt;
        if (literals > data.size() - pos) return LzStatus::Truncated;
        out.append(data.substr(pos, static_cast<std::size_t>(literals)));
        pos += static_cast<std::size_t>(literals);
        if (!get_varint(data, pos, code, truncated))
            return truncated ? LzStatus::Truncated : LzStatus::Corrupt;
        if (code == 0) break;
        if (!get_varint(data, pos, distance, truncated))
            return truncated ? LzStatus::Truncated : LzStatus::Corrupt;
        const std::uint64_t length = code + kMinMatch - 1;
        if (code > kMaxMatch || length > expected_size - out.size()) return LzStatus::Corrupt;
        if (distance == 0 || distance > out.size()) return LzStatus::Corrupt;
        const std::size_t from = out.size() - static_cast<std::size_t>(distance);
        for (std::size_t k = 0; k < length; ++k) out += out[from + k];  // may overlap itself: byte by byte
    }
    if (pos != data.size()) return LzStatus::Corrupt;           // bytes after the end marker
    if (out.size() != expected_size) return LzStatus::Corrupt;  // the end marker came too early
    return LzStatus::Ok;
}

}  // namespace loopscope::share
