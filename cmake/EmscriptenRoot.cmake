# CMake toolchain file of the web presets: Debian 13's Emscripten 3.1.69, run from its root by
# tools/emroot/ wrappers (Debian 12's 3.1.6 where tools/setup.sh could not make or use the root).
#
# The root is $LOOPSCOPE_EMSDK_ROOT, else $LOOPSCOPE_CACHE/trixie, else /var/cache/loopscope/trixie
# (tools/setup.sh makes it). The root's own Emscripten.cmake does the work; it is pointed at the
# wrappers (EMSCRIPTEN_ROOT_PATH), which run emcc, em++, emar, ... inside the root with this clone,
# the build directory and the dependency cache at the same absolute paths (see tools/emroot/run).
if(DEFINED ENV{LOOPSCOPE_EMSDK_ROOT} AND NOT "$ENV{LOOPSCOPE_EMSDK_ROOT}" STREQUAL "")
  set(LOOPSCOPE_EMSDK_ROOT "$ENV{LOOPSCOPE_EMSDK_ROOT}")
elseif(DEFINED ENV{LOOPSCOPE_CACHE} AND NOT "$ENV{LOOPSCOPE_CACHE}" STREQUAL "")
  set(LOOPSCOPE_EMSDK_ROOT "$ENV{LOOPSCOPE_CACHE}/trixie")
else()
  set(LOOPSCOPE_EMSDK_ROOT "/var/cache/loopscope/trixie")
endif()
set(_loopscope_em_platform "${LOOPSCOPE_EMSDK_ROOT}/usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake")
set(_loopscope_debian_platform "/usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake")
if(NOT EXISTS "${LOOPSCOPE_EMSDK_ROOT}/.loopscope-works" AND EXISTS "${_loopscope_debian_platform}")
  # tools/setup.sh could not make or use the root on this machine and installed Debian 12's
  # Emscripten 3.1.6 instead: build with that (JavaScript exceptions and setjmp: slower Python).
  message(WARNING "Loopscope: no checked Emscripten root at ${LOOPSCOPE_EMSDK_ROOT}; building with "
    "Debian 12's Emscripten 3.1.6 (Python in the page runs several times slower; see README \"Set-up\")")
  include("${_loopscope_debian_platform}")
  return()
endif()
if(NOT EXISTS "${_loopscope_em_platform}")
  message(FATAL_ERROR "Loopscope: no Emscripten root at ${LOOPSCOPE_EMSDK_ROOT} "
    "(tools/setup.sh, as root, makes it; or set LOOPSCOPE_EMSDK_ROOT to a Debian 13 root with emscripten)")
endif()
get_filename_component(EMSCRIPTEN_ROOT_PATH "${CMAKE_CURRENT_LIST_DIR}/../tools/emroot" ABSOLUTE)
include("${_loopscope_em_platform}")
# CMake then loads Platform/Emscripten.cmake from the module path: the root's, not the wrappers' dir.
list(APPEND CMAKE_MODULE_PATH "${LOOPSCOPE_EMSDK_ROOT}/usr/share/emscripten/cmake/Modules")
