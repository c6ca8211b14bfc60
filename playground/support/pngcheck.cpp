// loopscope_pngcheck FILE [--min-colors N] [--min-size WxH]
// Fails (exit 1) unless FILE is a screenshot PNG written by the playground that is large enough and
// not blank (at least N distinct colours).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "png.hpp"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FILE [--min-colors N] [--min-size WxH]\n", argv[0]);
    return 2;
  }
  std::size_t min_colors = 8;
  int min_w = 1, min_h = 1;
  for (int i = 2; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--min-colors") == 0) {
      min_colors = std::strtoul(argv[i + 1], nullptr, 10);
    } else if (std::strcmp(argv[i], "--min-size") == 0) {
      if (std::sscanf(argv[i + 1], "%dx%d", &min_w, &min_h) != 2) return 2;
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
  std::printf("OK\n");
  return 0;
}
