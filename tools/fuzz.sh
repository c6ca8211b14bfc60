#!/usr/bin/env bash
# The libFuzzer targets (tests/fuzz/), built with Debian's clang-14 (-fsanitize=fuzzer needs
# libclang-rt-14-dev, installed by tools/setup.sh) in build/fuzz, then run for a while each.
#
#   bash tools/fuzz.sh [SECONDS] [TARGET...]
#
#   SECONDS  how long each target runs (default 600; tools/test.sh runs them 20 s each via ctest)
#   TARGET   fuzz_share_link, fuzz_lz_codec, fuzz_python_compile (default: all three)
#
# What a run finds stays in build/fuzz/tests/fuzz/corpus_<name>/ (the seeds in tests/fuzz/corpus/
# are not written); a crash leaves crash-*/timeout-*/oom-* files in build/fuzz/ and fails the script.
# To replay one: build/fuzz/bin/fuzz_lz_codec build/fuzz/crash-<hash>
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds="${1:-600}"
shift || true
targets=("$@")
((${#targets[@]})) || targets=(fuzz_share_link fuzz_lz_codec fuzz_python_compile)

# The C code the targets link (the MicroPython core and port) is instrumented (coverage for libFuzzer,
# ASan, UBSan); the fuzz targets compile the share codec themselves with -fsanitize=fuzzer
# (tests/fuzz/CMakeLists.txt). C++ libraries stay as they are: clang-14's coverage instrumentation
# fails on the runtime's coroutines ("Cannot represent a difference across sections").
instrument="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 "${launcher[@]}" \
  -DCMAKE_C_FLAGS="$instrument" \
  -DCMAKE_RUNTIME_OUTPUT_DIRECTORY="$PWD/build/fuzz/bin" \
  -DLOOPSCOPE_FUZZ=ON -DLOOPSCOPE_BUILD_PLAYGROUND=OFF -DLOOPSCOPE_GUI_TESTS=OFF \
  -DLOOPSCOPE_FUZZ_SECONDS="$seconds" >/dev/null
cmake --build build/fuzz -j"${LOOPSCOPE_JOBS:-2}" --target "${targets[@]}"

status=0
for t in "${targets[@]}"; do
  echo "=== $t: ${seconds} s"
  (cd build/fuzz && ctest -R "^$t\$" --output-on-failure --timeout $((seconds + 120))) || status=1
done
exit $status
