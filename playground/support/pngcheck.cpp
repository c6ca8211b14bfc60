// loopscope_pngcheck FILE [--min-colors N] [--min-size WxH] [--has-color RRGGBB:MIN_PIXELS]...
// Fails (exit 1) unless FILE is a screenshot PNG written by the playground that is large enough and
// not blank (at least N distinct colours), and has at least MIN_PIXELS pixels of each colour asked
// for (e.g. the timeline's red "blocked" bar).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "png.hpp"

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr,
                     "usage: %s FILE [--min-colors N] [--min-size WxH] [--has-color RRGGBB:MIN_PIXELS]...\n",
                     argv[0]);
        return 2;
    }
    std::size_t min_colors = 8;
    int min_w = 1, min_h = 1;
    struct ColorCount {
        unsigned rgb;
        long min_pixels;
    };
    std::vector<ColorCount> wanted;
    for (int i = 2; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--min-colors") == 0) {
            min_colors = std::strtoul(argv[i + 1], nullptr, 10);
        } else if (std::strcmp(argv[i], "--min-size") == 0) {
            if (std::sscanf(argv[i + 1], "%dx%d", &min_w, &min_h) != 2) return 2;
        } else if (std::strcmp(argv[i], "--has-color") == 0) {
            ColorCount c{};
            if (std::sscanf(argv[i + 1], "%6x:%ld", &c.rgb, &c.min_pixels) != 2 || c.min_pixels < 1) return 2;
            wanted.push_back(c);
        } else {
            std::fprintf(stderr, "unknown option %s\n", argv[i]);
            return 2;
        }
    }
    loopscope::png::Image img;
    std::string error;
    if (!loopscope::png::read_stored(argv[1], img, &error)) {
        std::fprintf(stderr, "FAIL %s: %s\n", argv[1], error.c_str());
        return 1;
    }
    const std::size_t colors = loopscope::png::distinct_colors(img, 100000);
    std::printf("%s: %dx%d, %zu distinct colours\n", argv[1], img.width, img.height, colors);
    if (img.width < min_w || img.height < min_h) {
        std::fprintf(stderr, "FAIL: image smaller than %dx%d\n", min_w, min_h);
        return 1;
    }
    if (colors < min_colors) {
        std::fprintf(stderr, "FAIL: image looks blank (fewer than %zu colours)\n", min_colors);
        return 1;
    }
    for (const ColorCount& c : wanted) {
        long found = 0;
        const std::size_t pixels = static_cast<std::size_t>(img.width) * static_cast<std::size_t>(img.height);
        for (std::size_t p = 0; p < pixels; ++p) {
            const unsigned char* px = &img.rgba[p * 4];
            found += ((unsigned{px[0]} << 16) | (unsigned{px[1]} << 8) | px[2]) == c.rgb;
        }
        if (found < c.min_pixels) {
            std::fprintf(stderr, "FAIL: %ld pixels of colour %06x, expected at least %ld\n", found, c.rgb,
                         c.min_pixels);
            return 1;
        }
    }
    std::printf("OK\n");
    return 0;
}
