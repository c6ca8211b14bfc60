// playground/share/embed_link.hpp: the embed keys of a page address, the embed and full-playground
// addresses made from a share link, and the <iframe> snippet.
#include <doctest/doctest.h>

#include "embed_link.hpp"
#include "share_link.hpp"

using namespace loopscope::share;

TEST_CASE("an address without embed keys is the full playground") {
    CHECK(!parse_embed_query("https://example.org/loopscope/#v1.abc").options.embed);
    CHECK(!parse_embed_query("https://example.org/loopscope/?nothreads#v1.abc").options.embed);
    CHECK(!parse_embed_query("").options.embed);
    // "embed" in the fragment (the share link) is not the query's key.
    CHECK(!parse_embed_query("https://example.org/#embed").options.embed);
    // A key that only starts like it.
    CHECK(!parse_embed_query("https://example.org/?embedded").options.embed);
    CHECK(parse_embed_query("https://example.org/?nothreads").error.empty());
}

TEST_CASE("embed, theme and font are read; other keys are left alone") {
    const EmbedParse p = parse_embed_query("https://example.org/p/?nothreads&embed&theme=light&font=22#v1.x");
    CHECK(p.error.empty());
    CHECK(p.options.embed);
    REQUIRE(p.options.light_theme.has_value());
    CHECK(*p.options.light_theme);
    CHECK(p.options.font_size == 22);
    CHECK(parse_embed_query("?embed=1").options.embed);
    CHECK(!parse_embed_query("?embed=0").options.embed);
    CHECK(parse_embed_query("?theme=dark&embed").options.light_theme == false);
    // Without theme or font: unset (the app picks the embed view's defaults).
    const EmbedParse bare = parse_embed_query("?embed");
    CHECK(!bare.options.light_theme.has_value());
    CHECK(!bare.options.font_size.has_value());
}

TEST_CASE("a bad theme or font is ignored and named") {
    const EmbedParse p = parse_embed_query("?embed&theme=blue&font=99");
    CHECK(p.options.embed);
    CHECK(!p.options.light_theme.has_value());
    CHECK(!p.options.font_size.has_value());
    CHECK(p.error.find("theme=blue") != std::string::npos);
    CHECK(p.error.find("font=99 is not a font size from 10 to 32") != std::string::npos);
    for (const char* bad :
         {"?font=", "?font=9", "?font=33", "?font=1e1", "?font=-12", "?font=0012", "?font=12px"}) {
        const EmbedParse q = parse_embed_query(bad);
        CHECK_MESSAGE(!q.options.font_size.has_value(), bad);
        CHECK_MESSAGE(!q.error.empty(), bad);
    }
    CHECK(parse_embed_query("?font=10").options.font_size == 10);
    CHECK(parse_embed_query("?font=32").options.font_size == 32);
}

TEST_CASE("round trip: the embed address of a share link, back to the full playground") {
    ShareState state;
    state.script = "import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n\nasyncio.run(main())\n";
    state.seed = 3;
    const std::string fragment = encode_share_link(state).fragment;
    EmbedOptions options;
    options.embed = true;
    options.light_theme = true;
    options.font_size = 20;

    const std::string page = "https://example.org/loopscope/index.html";
    const std::string embed = make_embed_url(page, fragment, options);
    CHECK(embed == page + "?embed&theme=light&font=20#" + fragment);
    const EmbedParse parsed = parse_embed_query(embed);
    CHECK(parsed.error.empty());
    CHECK(parsed.options == options);
    // The fragment is the same share link: it decodes to the same script and settings.
    const DecodeResult decoded = decode_share_link(embed);
    REQUIRE_MESSAGE(decoded.ok(), decoded.message);
    CHECK(decoded.state == state);

    // "Open in Loopscope": the same page and link, without the embed keys.
    const std::string full = make_full_url(embed, fragment);
    CHECK(full == page + "#" + fragment);
    CHECK(!parse_embed_query(full).options.embed);

    // The page's own keys stay; earlier embed keys are replaced, not repeated.
    const std::string with_keys = "https://example.org/?nothreads&embed&font=12#v1.old";
    EmbedOptions plain;
    plain.embed = true;
    CHECK(make_embed_url(with_keys, fragment, plain) == "https://example.org/?nothreads&embed#" + fragment);
    CHECK(make_full_url(with_keys, fragment) == "https://example.org/?nothreads#" + fragment);
    CHECK(make_full_url("https://example.org/?embed", "") == "https://example.org/");
}

TEST_CASE("the iframe snippet escapes the address and may be isolated") {
    const std::string snippet = make_iframe_snippet("https://e.org/?embed&font=20#v1.a\"<b>", 960, 540);
    CHECK(snippet.rfind("<iframe src=\"https://e.org/?embed&amp;font=20#v1.a&quot;&lt;b&gt;\"", 0) == 0);
    CHECK(snippet.find(" width=\"960\" height=\"540\"") != std::string::npos);
    CHECK(snippet.find("allow=\"cross-origin-isolated; clipboard-write\"") != std::string::npos);
    CHECK(snippet.find("title=\"") != std::string::npos);
    CHECK(snippet.size() >= 9);
    CHECK(snippet.substr(snippet.size() - 9) == "</iframe>");
}
