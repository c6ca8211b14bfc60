// libFuzzer target: the LZ codec (playground/share/lz_codec). The input is used twice: as a stream
// for the decoder (which must never write past the size it was given, nor allocate past max_size),
// and as text that must survive compress -> decompress unchanged.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "lz_codec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace loopscope::share;
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    constexpr std::size_t kMax = 1 << 20;

    // As a stream: the first byte picks the size it claims to produce.
    if (size > 0) {
        std::size_t expected = static_cast<std::size_t>(data[0]) * 97;
        std::string out;
        LzStatus status = lz_decompress(bytes.substr(1), expected, kMax, out);
        if (status == LzStatus::Ok && out.size() != expected) std::abort();
    }

    // As text: a round trip.
    std::string packed = lz_compress(bytes);
    std::string unpacked;
    if (lz_decompress(packed, size, kMax > size ? kMax : size, unpacked) != LzStatus::Ok || unpacked != bytes)
        std::abort();
    return 0;
}
