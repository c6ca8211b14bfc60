// Embed links: a share link whose page address carries `embed` in its query opens the playground's
// minimal view (editor, timeline, console, Run/Step and the pace; no gallery, no inspector), for an
// <iframe> in slides or a blog post, with an "Open in Loopscope" link back to the full playground.
//
//   https://host/loopscope/?embed&theme=light&font=20#v1.<share link>
//
// The flag sits in the query, not in the share link's record (share_link.hpp), on purpose: the
// fragment stays the same link (any version reads it; an old version opens an embed link as a
// plain one), the page knows it is embedded before the app starts (web/shell.html picks the build
// without threads when the embedding page is not cross-origin isolated), and the way back to the
// full playground is the same address without these keys.
//
// Keys (other keys, such as `nothreads`, are kept and ignored here):
//   embed          the minimal view ("embed=0" turns it off)
//   theme=dark|light, font=10..32   how it looks (ViewSettings); not given: light theme off and a
//                  bigger font than the playground's (kDefaultEmbedFontSize), for a room's screen
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace loopscope::share {

inline constexpr int kMinEmbedFontSize = 10, kMaxEmbedFontSize = 32;  // = app::ViewSettings' range
inline constexpr int kDefaultEmbedFontSize = 18;

struct EmbedOptions {
    bool embed = false;
    std::optional<bool> light_theme;  // theme=light (true) / dark (false)
    std::optional<int> font_size;     // font=N, in kMinEmbedFontSize..kMaxEmbedFontSize
    friend bool operator==(const EmbedOptions& a, const EmbedOptions& b) {
        return a.embed == b.embed && a.light_theme == b.light_theme && a.font_size == b.font_size;
    }
};

struct EmbedParse {
    EmbedOptions options;
    std::string error;  // "" when every key was understood; else why a value was ignored
};

// The embed keys of a page address ("https://h/p/?embed&font=20#v1.…") or of its query alone
// ("?embed&font=20"). A bad theme or font value is ignored and named in `error`.
EmbedParse parse_embed_query(std::string_view url);

// The address of the embed view of `fragment` (a share link, without '#') on the page at
// `page_url` (its own query kept, except embed, theme and font, which `options` sets anew).
std::string make_embed_url(std::string_view page_url, std::string_view fragment, const EmbedOptions& options);

// The full playground's address for `fragment` on the page at `page_url`: the same query without
// embed, theme and font (the link "Open in Loopscope" of the embed view).
std::string make_full_url(std::string_view page_url, std::string_view fragment);

// An <iframe> element showing `embed_url` (HTML-escaped), `width` x `height` CSS pixels, allowed
// to be cross-origin isolated (threads, when the embedding page is isolated too) and to write the
// clipboard (Copy output).
std::string make_iframe_snippet(std::string_view embed_url, int width, int height);

}  // namespace loopscope::share
