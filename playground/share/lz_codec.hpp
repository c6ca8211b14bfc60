// A small LZ77 compressor for share links (no library): the input becomes a series of
// "copy these literal bytes, then repeat `length` bytes from `distance` back" steps, every number a
// LEB128 varint. Python source repeats itself a lot (indentation, names, "await asyncio."), which is
// what LZ77 catches; the result is typically 2-3 times smaller than the text.
//
// Stream: { varint literal_count, literal bytes, varint match_code [, varint distance] }...
// match_code 0 ends the stream (it must be the last byte); otherwise the match length is
// match_code + kMinMatch - 1 and a distance in [1, bytes produced so far] follows.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace loopscope::share {

enum class LzStatus { Ok, Truncated, Corrupt, TooLarge };

std::string lz_compress(std::string_view input);

// Decompresses `data`, which must produce exactly `expected_size` bytes. expected_size is checked
// against max_size before anything is allocated, and no step may write past it: a crafted stream
// cannot make the decoder allocate more than max_size ("decompression bomb").
LzStatus lz_decompress(std::string_view data, std::size_t expected_size, std::size_t max_size,
                       std::string& out);

// LEB128 varints, shared with the link format.
void put_varint(std::string& out, std::uint64_t value);
// Reads one varint at data[pos]; false when the data ends inside it or it does not fit 64 bits.
bool get_varint(std::string_view data, std::size_t& pos, std::uint64_t& value, bool& truncated);

}  // namespace loopscope::share
