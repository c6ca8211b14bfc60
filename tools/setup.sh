#!/usr/bin/env bash
# Loopscope dependency set-up for a Debian 12 (bookworm) machine, run as root.
#
# Idempotent: every step checks first and does nothing when its result is already there.
#   1. Debian binary packages (compilers, emscripten, SDL2, doctest, chromium, Xvfb, ...).
#   2. A deb-src entry derived at run time from the machine's own apt sources.
#   3. Debian source packages unpacked into the dependency cache (outside the clone):
#        imgui 1.90.1 (trixie), micropython 1.25.0 (trixie), libsdl2 2.26.5 (bookworm).
#   4. A Debian 13 (trixie) root with its Emscripten 3.1.69 (debootstrap from the machine's own
#      Debian mirror), once (stamp file): the web presets' compiler, run through tools/emroot/. It is
#      checked by building and running a small program; if the root cannot be made or used here (no
#      debootstrap mirror, no mount namespaces), Debian 12's Emscripten 3.1.6 is installed instead
#      and the web presets fall back to it (cmake/EmscriptenRoot.cmake says so; Python in the page
#      is then several times slower).
#   5. SDL2 built for wasm into the cache by that Emscripten, once each (stamp files): with pthreads,
#      and without them for the page's no-threads build.
#   6. playwright-core (npm) into the cache; it drives Debian's /usr/bin/chromium.
#
# Cache directory: $LOOPSCOPE_CACHE, default /var/cache/loopscope. Layout:
#   src/imgui  src/micropython  src/libsdl2   -> unpacked sources (symlinks to versioned dirs)
#   trixie/                                   -> Debian 13 root with Emscripten 3.1.69 (3 GB;
#                                                elsewhere with $LOOPSCOPE_EMSDK_ROOT)
#   sdl2-wasm-em3.1.69/  ...-nothreads/       -> SDL2 static library + headers + cmake config built by
#                                                the root's emcc, with and without pthreads
#   sdl2-wasm/  sdl2-wasm-nothreads/          -> (fallback only) the same two built by Debian 12's emcc
#   node/node_modules/playwright-core         -> browser driver
set -euo pipefail

CACHE="${LOOPSCOPE_CACHE:-/var/cache/loopscope}"
PLAYWRIGHT_VERSION="~1.65.0"
SDL_STAMP_KEY="libsdl2-2.26.5 emscripten-3.1.6 static pthreads v1"
SDL_NOTHREADS_STAMP_KEY="libsdl2-2.26.5 emscripten-3.1.6 static nothreads v1"
EMSDK_ROOT="${LOOPSCOPE_EMSDK_ROOT:-$CACHE/trixie}"
EMSDK_ROOT_VERSION="3.1.69"
EMSDK_ROOT_STAMP_KEY="debian trixie minbase + emscripten $EMSDK_ROOT_VERSION python3 v1"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JOBS="${LOOPSCOPE_JOBS:-2}"

log() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

export DEBIAN_FRONTEND=noninteractive
# NodeSource's node cannot see Debian's node modules; emcc's JS optimizer needs them.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"

# Root is needed for apt-get and for the default cache directory. Without root, sudo is used when
# present; otherwise the script goes on and fails only at a step that really needs root.
SUDO=""
if [[ $(id -u) -ne 0 ]] && command -v sudo >/dev/null 2>&1; then SUDO=sudo; fi

APT_UPDATED=0
apt_update_once() {
  if [[ $APT_UPDATED -eq 0 ]]; then
    log "apt-get update"
    $SUDO apt-get update -q </dev/null
    APT_UPDATED=1
  fi
}

# ---------------------------------------------------------------------------------------------
# 1. Binary packages
# ---------------------------------------------------------------------------------------------
PACKAGES=(
  cmake ninja-build g++ dpkg-dev python3 ca-certificates git clang-format
  doctest-dev libsdl2-dev libgl-dev libgl1-mesa-dri
  chromium xvfb xauth debootstrap
  clang-14 libclang-rt-14-dev  # libFuzzer (-fsanitize=fuzzer) for tests/fuzz, run by tools/fuzz.sh
)
is_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

missing=()
for p in "${PACKAGES[@]}"; do is_installed "$p" || missing+=("$p"); done
# node/npm: the image ships NodeSource's nodejs (which bundles npm); only install Debian's when absent.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)

if ((${#missing[@]})); then
  apt_update_once
  log "installing: ${missing[*]}"
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
else
  log "Debian packages: all present"
fi

# ---------------------------------------------------------------------------------------------
# 2. deb-src entry, derived from the machine's own sources (no host name is written by us)
# ---------------------------------------------------------------------------------------------
SRC_LIST=/etc/apt/sources.list.d/loopscope-src.sources
# Prints "URI KEYRING" of the machine's main Debian archive (never a host name of ours).
debian_archive() {
  local uris="" keyring=""
  if [[ -f /etc/apt/sources.list.d/debian.sources ]]; then
    # deb822: take the stanza whose Suites contain plain "bookworm" (the main archive, not security).
    read -r uris keyring < <(awk '
      BEGIN { RS=""; FS="\n" }
      {
        u=""; s=""; k=""
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^URIs:/)      { u=$i; sub(/^URIs:[ \t]*/, "", u) }
          if ($i ~ /^Suites:/)    { s=" " $i " "; sub(/^ Suites:/, " ", s) }
          if ($i ~ /^Signed-By:/) { k=$i; sub(/^Signed-By:[ \t]*/, "", k) }
        }
        split(u, first, /[ \t]+/)  # several URIs: the first one
        if (s ~ /[ \t]bookworm[ \t]/ && u != "") { print first[1], (k == "" ? "-" : k); exit }
      }' /etc/apt/sources.list.d/debian.sources)
  fi
  if [[ -z "$uris" && -f /etc/apt/sources.list ]]; then
    uris=$(awk '$1=="deb" && $0 ~ / bookworm / { for (i=2;i<=NF;i++) if ($i ~ /:\/\//) { print $i; exit } }' /etc/apt/sources.list)
    keyring="-"
  fi
  [[ -n "$uris" ]] || die "could not find the Debian archive URI in the apt sources"
  [[ "$keyring" == "-" ]] && keyring=/usr/share/keyrings/debian-archive-keyring.gpg
  printf '%s %s\n' "$uris" "$keyring"
}
derive_src_entry() {
  local uris keyring
  read -r uris keyring < <(debian_archive)
  printf 'Types: deb-src\nURIs: %s\nSuites: bookworm trixie\nComponents: main\nSigned-By: %s\n' "$uris" "$keyring"
}
want_src=$(derive_src_entry)
if [[ ! -f $SRC_LIST ]] || [[ "$(cat "$SRC_LIST")" != "$want_src" ]]; then
  log "writing $SRC_LIST"
  printf '%s\n' "$want_src" | $SUDO tee "$SRC_LIST" >/dev/null
  APT_UPDATED=0
  apt_update_once
fi

# ---------------------------------------------------------------------------------------------
# 3. Source packages into the cache
# ---------------------------------------------------------------------------------------------
$SUDO mkdir -p "$CACHE/src" "$CACHE/downloads"
fetch_source() { # name suite expected-upstream-version
  local name=$1 suite=$2 ver=$3
  local link="$CACHE/src/$name"
  if [[ -d "$link" && -f "$link/.loopscope-unpacked" ]] && grep -qx "$ver" "$link/.loopscope-unpacked"; then
    log "source $name $ver: present"
    return
  fi
  local known
  known=$(apt-cache showsrc "$name" 2>/dev/null || true)
  if ! grep -q "^Version: $ver" <<<"$known"; then
    APT_UPDATED=0
    apt_update_once
  fi
  local dl="$CACHE/downloads/$name"
  $SUDO rm -rf "$dl"
  $SUDO mkdir -p "$dl"
  log "apt-get source --download-only $name/$suite"
  (cd "$dl" && $SUDO apt-get source -q --download-only "$name/$suite" </dev/null)
  local dsc
  dsc=$(ls "$dl"/*.dsc | head -n1)
  [[ -n "$dsc" ]] || die "no .dsc downloaded for $name"
  grep -q "^Version: $ver" "$dsc" || die "$name: expected upstream version $ver, got $(grep '^Version:' "$dsc")"
  local dir="$CACHE/src/$name-$ver"
  $SUDO rm -rf "$dir"
  log "dpkg-source -x $(basename "$dsc")"
  $SUDO dpkg-source -x "$dsc" "$dir" >/dev/null
  printf '%s\n' "$ver" | $SUDO tee "$dir/.loopscope-unpacked" >/dev/null
  $SUDO ln -sfn "$name-$ver" "$link"
}
fetch_source imgui trixie 1.90.1
fetch_source micropython trixie 1.25.0
fetch_source libsdl2 bookworm 2.26.5

# ---------------------------------------------------------------------------------------------
# 4. Debian 13 root with Emscripten 3.1.69 (the web presets' compiler, through tools/emroot/);
#    Debian 12's 3.1.6 only where the root cannot be made or used
# ---------------------------------------------------------------------------------------------
# Made in DIR.partial and renamed when complete, so an interrupted run starts over instead of
# leaving a half root behind a stamp. Nothing is mounted outside a tool's own private namespace.
make_emsdk_root() {
  local stamp="$EMSDK_ROOT/.loopscope-stamp" t0 uris keyring partial="$EMSDK_ROOT.partial"
  if [[ -f "$stamp" ]] && [[ "$(cat "$stamp")" == "$EMSDK_ROOT_STAMP_KEY" ]] && [[ -x "$EMSDK_ROOT/usr/bin/emcc" ]]; then
    log "Emscripten $EMSDK_ROOT_VERSION root: present ($EMSDK_ROOT)"
    return
  fi
  t0=$(date +%s)
  read -r uris keyring < <(debian_archive)
  # An interrupted debootstrap can leave its /proc mounted in the partial root: unmount before removing.
  local m
  for m in $(findmnt -rno TARGET | grep -F "$partial/" | sort -r); do $SUDO umount -l "$m"; done
  $SUDO rm -rf --one-file-system "$partial"
  log "debootstrap trixie into $partial (from $uris)"
  $SUDO debootstrap --variant=minbase --keyring="$keyring" trixie "$partial" "$uris" </dev/null >/dev/null ||
    die "debootstrap failed (its log: $partial/debootstrap/debootstrap.log)"
  $SUDO cp /etc/resolv.conf "$partial/etc/resolv.conf"
  log "installing emscripten into the root (about 3 GB)"
  $SUDO chroot "$partial" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends emscripten python3 </dev/null >/dev/null ||
    die "apt-get install emscripten in the root failed"
  $SUDO chroot "$partial" apt-get clean
  local ver
  ver=$(tr -d '"[:space:]' <"$partial/usr/share/emscripten/emscripten-version.txt")
  [[ $ver == "$EMSDK_ROOT_VERSION" ]] || die "the root's Emscripten is $ver, expected $EMSDK_ROOT_VERSION"
  printf '%s\n' "$EMSDK_ROOT_STAMP_KEY" | $SUDO tee "$partial/.loopscope-stamp" >/dev/null
  $SUDO rm -rf "$EMSDK_ROOT"
  $SUDO mv "$partial" "$EMSDK_ROOT"
  log "Emscripten $EMSDK_ROOT_VERSION root made in $(( $(date +%s) - t0 ))s"
}
# Builds and runs a small C++ program (an exception, a longjmp, a thread) with the root's emcc:
# proves that the wrappers' mount namespace and chroot work on this machine.
emsdk_root_works() {
  local dir
  dir=$(mktemp -d "${TMPDIR:-/tmp}/loopscope-emroot-check.XXXXXX")
  cat >"$dir/check.cpp" <<'CPP'
#include <csetjmp>
#include <cstdio>
#include <stdexcept>
#include <thread>
static std::jmp_buf env;
static void jump() { std::longjmp(env, 7); }
int main() {
    int caught = 0;
    std::thread t([&] { try { throw std::runtime_error("x"); } catch (const std::exception&) { caught = 1; } });
    t.join();
    int jumped = setjmp(env);
    if (jumped == 0) jump();
    std::printf("%d %d\n", caught, jumped);
    return caught == 1 && jumped == 7 ? 0 : 1;
}
CPP
  local ok=1
  if (cd "$dir" && $SUDO env LOOPSCOPE_CACHE="$CACHE" LOOPSCOPE_EMSDK_ROOT="$EMSDK_ROOT"         "$REPO/tools/emroot/em++" -O1 -pthread -fwasm-exceptions -sSUPPORT_LONGJMP=wasm         -sPTHREAD_POOL_SIZE=1 -sEXIT_RUNTIME=1 check.cpp -o check.js </dev/null >check.log 2>&1 &&
      [[ "$(node check.js 2>>check.log)" == "1 7" ]]); then
    ok=0
  else
    log "the root's emcc does not work here:"
    tail -n 5 "$dir/check.log" >&2 || true
  fi
  rm -rf "$dir"
  return $ok
}
WEB_TOOLCHAIN=root
ROOT_OK_MARK="$EMSDK_ROOT/.loopscope-works"
if [[ -f "$ROOT_OK_MARK" && -f "$EMSDK_ROOT/.loopscope-stamp" &&
      "$(cat "$EMSDK_ROOT/.loopscope-stamp")" == "$EMSDK_ROOT_STAMP_KEY" ]]; then
  log "Emscripten $EMSDK_ROOT_VERSION root: present and checked ($EMSDK_ROOT)"
elif (make_emsdk_root) && emsdk_root_works; then
  $SUDO touch "$ROOT_OK_MARK"
  log "Emscripten $EMSDK_ROOT_VERSION root: checked (exceptions, longjmp and threads run)"
else
  WEB_TOOLCHAIN=debian
  log "WARNING: no usable Emscripten $EMSDK_ROOT_VERSION root; the web presets fall back to Debian 12's 3.1.6"
  if ! is_installed emscripten; then
    apt_update_once
    $SUDO apt-get install -y -q --no-install-recommends emscripten </dev/null
  fi
fi

# ---------------------------------------------------------------------------------------------
# 5. SDL2 for wasm (static), built once per variant: pthreads, and none (web-nothreads), by the
#    Emscripten the web presets use
# ---------------------------------------------------------------------------------------------
# build_sdl_wasm NAME STAMP_KEY THREADS(ON|OFF) TOOLCHAIN(root|debian)
build_sdl_wasm() {
  local name="$1" key="$2" threads="$3" toolchain="$4"
  local prefix="$CACHE/$name" stamp="$CACHE/$name/.loopscope-stamp" build="$CACHE/build/$name"
  if [[ -f "$stamp" ]] && [[ "$(cat "$stamp")" == "$key" ]]; then
    log "SDL2 wasm: present ($prefix)"
    return
  fi
  log "building SDL2 for wasm, threads $threads (takes several minutes on 2 cores)"
  $SUDO rm -rf "$build" "$prefix"
  local t0 flags=() thread_opts=()
  t0=$(date +%s)
  if [[ $threads == ON ]]; then
    flags=(-DCMAKE_C_FLAGS="-pthread" -DCMAKE_CXX_FLAGS="-pthread" -DCMAKE_EXE_LINKER_FLAGS="-pthread")
    thread_opts=(-DSDL_PTHREADS=ON)
  else
    # Without -pthread SDL's pthread backend needs sem_timedwait, which emcc's libc lacks then.
    thread_opts=(-DSDL_THREADS=OFF -DSDL_PTHREADS=OFF)
  fi
  local configure=(emcmake cmake)
  if [[ $toolchain == root ]]; then
    configure=(cmake -DCMAKE_TOOLCHAIN_FILE="$REPO/cmake/EmscriptenRoot.cmake")
  fi
  $SUDO env NODE_PATH="$NODE_PATH" LOOPSCOPE_CACHE="$CACHE" LOOPSCOPE_EMSDK_ROOT="$EMSDK_ROOT" \
    "${configure[@]}" -S "$CACHE/src/libsdl2" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$prefix" \
    "${flags[@]}" \
    -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF "${thread_opts[@]}" >/dev/null </dev/null
  $SUDO env NODE_PATH="$NODE_PATH" LOOPSCOPE_CACHE="$CACHE" LOOPSCOPE_EMSDK_ROOT="$EMSDK_ROOT" \
    cmake --build "$build" -j"$JOBS" </dev/null | tail -n 3
  $SUDO env NODE_PATH="$NODE_PATH" cmake --install "$build" >/dev/null </dev/null
  [[ -f "$prefix/lib/libSDL2.a" ]] || die "SDL2 wasm build ($name) produced no libSDL2.a"
  printf '%s\n' "$key" | $SUDO tee "$stamp" >/dev/null
  $SUDO rm -rf "$build"
  log "SDL2 wasm ($name) built in $(( $(date +%s) - t0 ))s"
}
if [[ $WEB_TOOLCHAIN == root ]]; then
  build_sdl_wasm "sdl2-wasm-em$EMSDK_ROOT_VERSION" "libsdl2-2.26.5 emscripten-$EMSDK_ROOT_VERSION static pthreads v1" ON root
  build_sdl_wasm "sdl2-wasm-em$EMSDK_ROOT_VERSION-nothreads" "libsdl2-2.26.5 emscripten-$EMSDK_ROOT_VERSION static nothreads v1" OFF root
else
  build_sdl_wasm sdl2-wasm "$SDL_STAMP_KEY" ON debian
  build_sdl_wasm sdl2-wasm-nothreads "$SDL_NOTHREADS_STAMP_KEY" OFF debian
fi

# ---------------------------------------------------------------------------------------------
# 6. playwright-core (drives Debian's chromium; never downloads a browser)
# ---------------------------------------------------------------------------------------------
PW_DIR="$CACHE/node"
if [[ -f "$PW_DIR/node_modules/playwright-core/package.json" ]]; then
  log "playwright-core: present ($(node -p "require('$PW_DIR/node_modules/playwright-core/package.json').version"))"
else
  log "npm install playwright-core@$PLAYWRIGHT_VERSION"
  $SUDO mkdir -p "$PW_DIR"
  $SUDO env PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --loglevel=error \
    --prefix "$PW_DIR" "playwright-core@$PLAYWRIGHT_VERSION" </dev/null
fi

log "done: dependency cache is $CACHE"
