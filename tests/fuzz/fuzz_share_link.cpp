// libFuzzer target: the share-link decoder (playground/share) on any text a link can carry. Whatever
// decodes must encode again and decode to the same state (a link the app accepts is one it can make).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "share_link.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace loopscope::share;
    std::string_view link(reinterpret_cast<const char*>(data), size);
    DecodeResult decoded = decode_share_link(link);
    if (!decoded.ok()) {
        if (decoded.message.empty()) std::abort();  // every refusal explains itself
        return 0;
    }
    EncodeResult again = encode_share_link(decoded.state);
    if (!again.ok()) return 0;  // e.g. a v1 link whose settings v2 refuses: not a decoder bug
    DecodeResult round = decode_share_link(again.fragment);
    if (!round.ok() || round.state.script != decoded.state.script) std::abort();
    if (round.state.web_hosts != decoded.state.web_hosts) std::abort();  // the Network panel's changes too
    return 0;
}
