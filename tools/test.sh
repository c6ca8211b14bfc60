#!/usr/bin/env bash
# The one test command: installs what is missing, builds every preset and runs every test.
#
#   bash tools/test.sh
#
#   1. tools/setup.sh              Debian packages, source packages, wasm SDL2, playwright-core
#   2. native-debug (ASan+UBSan)   build + ctest: every doctest suite under the sanitizers
#   2b. native-tsan (TSan)         build + ctest: the runtime's executor and thread-safe paths
#                                  (aio_test_executor, aio_test_event_loop, aio_test_fetch) and the
#                                  Python engine's threads (python_test_threads_tsan)
#   3. native (-O2 -g)             build + ctest: the suites again optimized, and the desktop
#                                  playground under Xvfb -> build/native/screenshots/native.png
#   4. web (emcc)                  build + ctest: the suites under node, and the browser e2e test in
#                                  headless Chromium -> build/web/screenshots/e2e.png
#   5. web-nothreads (emcc, no -pthread)  the page's fallback without cross-origin isolation: only the
#                                  playground (-> build/web/dist/nothreads/) and aio_test_executor; ctest:
#                                  the executor's no-threads suite under node and the browser test of the
#                                  fallback -> build/web-nothreads/screenshots/nothreads.png
#   6. fuzz (clang-14 libFuzzer)   tools/fuzz.sh: the share-link decoder, the LZ codec and the Python
#                                  compiler entry, 20 s each (LOOPSCOPE_FUZZ_SECONDS), in build/fuzz
# Every ctest test (one per test program, plus the screenshot/browser checks) counts as one suite; a
# failed configure or build counts as one failed suite. Ends with "N passed, M failed"; exits non-zero
# if anything failed.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
JOBS="${LOOPSCOPE_JOBS:-2}"
PRESETS=(${LOOPSCOPE_PRESETS:-native-debug native-tsan native web web-nothreads})

passed=0
failed=0
report=()
start=$(date +%s)

say() { printf '\n=== %s\n' "$*"; }
elapsed() { echo "$(( $(date +%s) - $1 ))s"; }

finish() {
  say "summary ($(elapsed "$start"))"
  for line in "${report[@]}"; do printf '  %s\n' "$line"; done
  printf '%d passed, %d failed\n' "$passed" "$failed"
  [[ $failed -eq 0 ]]
  exit
}

say "setup"
if ! bash tools/setup.sh </dev/null; then
  failed=$((failed + 1))
  report+=("setup: FAILED")
  finish
fi

# Every preset is built before any is tested: the web preset's browser test also opens the page
# without threads, which the web-nothreads preset builds.
built=()
build_seconds=()
for preset in "${PRESETS[@]}"; do
  t0=$(date +%s)
  say "configure $preset"
  if ! cmake --preset "$preset" </dev/null; then
    failed=$((failed + 1)); report+=("$preset: configure FAILED"); continue
  fi
  say "build $preset"
  if ! cmake --build --preset "$preset" -j"$JOBS" </dev/null; then
    failed=$((failed + 1)); report+=("$preset: build FAILED"); continue
  fi
  built+=("$preset")
  build_seconds+=("$(( $(date +%s) - t0 ))")
done

for i in "${!built[@]}"; do
  preset="${built[$i]}"
  t0=$(date +%s)
  say "test $preset"
  log="build/$preset/ctest.log"
  ctest --preset "$preset" </dev/null 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  # ctest's closing line: "NN% tests passed, F tests failed out of T"
  line=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n1)
  if [[ -n "$line" ]]; then
    f=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
    t=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\2/' <<<"$line")
    p=$((t - f))
    if [[ $rc -ne 0 && $f -eq 0 ]]; then f=1; fi  # ctest failed for another reason
  else
    p=0; f=1  # ctest did not get to run the tests
  fi
  passed=$((passed + p))
  failed=$((failed + f))
  report+=("$preset: $p passed, $f failed (build ${build_seconds[$i]}s, test $(elapsed "$t0"))")
done

if [[ " ${PRESETS[*]} " == *" native-debug "* || -n "${LOOPSCOPE_FUZZ_SECONDS:-}" ]]; then
  t0=$(date +%s)
  say "fuzz (${LOOPSCOPE_FUZZ_SECONDS:-20} s per target)"
  if bash tools/fuzz.sh "${LOOPSCOPE_FUZZ_SECONDS:-20}" </dev/null; then
    passed=$((passed + 3)); report+=("fuzz: 3 passed, 0 failed ($(elapsed "$t0"))")
  else
    failed=$((failed + 1)); report+=("fuzz: FAILED ($(elapsed "$t0"))")
  fi
fi

for shot in build/native/screenshots/native.png build/web/screenshots/e2e.png build/web-nothreads/screenshots/nothreads.png; do
  [[ -f $shot ]] && report+=("screenshot: $shot")
done
finish
