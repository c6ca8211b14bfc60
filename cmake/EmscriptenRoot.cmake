# CMake toolchain file: Debian 13's Emscripten 3.1.69, run from its root by tools/emroot/ wrappers.
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
if(NOT EXISTS "${_loopscope_em_platform}")
  message(FATAL_ERROR "Loopscope: no Emscripten root at ${LOOPSCOPE_EMSDK_ROOT} "
    "(LOOPSCOPE_WEB_EM369=1 tools/setup.sh, as root, makes it; or set LOOPSCOPE_EMSDK_ROOT to a Debian 13 "
    "root with emscripten)")
endif()
get_filename_component(EMSCRIPTEN_ROOT_PATH "${CMAKE_CURRENT_LIST_DIR}/../tools/emroot" ABSOLUTE)
include("${_loopscope_em_platform}")
# CMake then loads Platform/Emscripten.cmake from the module path: the root's, not the wrappers' dir.
list(APPEND CMAKE_MODULE_PATH "${LOOPSCOPE_EMSDK_ROOT}/usr/share/emscripten/cmake/Modules")
