# Third-party dependencies. Nothing is vendored into the repository:
#   * doctest: Debian's doctest-dev (header only).
#   * SDL2: native -> the system's libsdl2-dev; web -> the wasm build in the dependency cache.
#   * Dear ImGui 1.90.1 and MicroPython 1.25.0: Debian source packages unpacked in the cache.
# tools/setup.sh fills the cache (default /var/cache/loopscope, env LOOPSCOPE_CACHE).

if(DEFINED ENV{LOOPSCOPE_CACHE} AND NOT "$ENV{LOOPSCOPE_CACHE}" STREQUAL "")
  set(_loopscope_default_deps "$ENV{LOOPSCOPE_CACHE}")
else()
  set(_loopscope_default_deps "/var/cache/loopscope")
endif()
set(LOOPSCOPE_DEPS_DIR "${_loopscope_default_deps}" CACHE PATH
  "Dependency cache made by tools/setup.sh (sources, wasm SDL2, playwright-core)")

function(loopscope_require_dep path what)
  if(NOT EXISTS "${path}")
    message(FATAL_ERROR
      "Loopscope: ${what} not found at ${path}.\n"
      "Run tools/setup.sh (as root) to install the dependencies, or point -DLOOPSCOPE_DEPS_DIR= "
      "(or the LOOPSCOPE_CACHE environment variable) at an existing cache.")
  endif()
endfunction()

set(LOOPSCOPE_IMGUI_DIR "${LOOPSCOPE_DEPS_DIR}/src/imgui" CACHE PATH "Dear ImGui 1.90.1 sources")
set(LOOPSCOPE_MICROPYTHON_DIR "${LOOPSCOPE_DEPS_DIR}/src/micropython" CACHE PATH "MicroPython 1.25.0 sources")
# SDL2 for wasm, built by the same Emscripten as the project (tools/setup.sh): Debian 12's 3.1.6 ->
# sdl2-wasm/, the Debian 13 root's -> sdl2-wasm-em<version>/; "-nothreads" for web-nothreads.
set(_loopscope_sdl2_wasm "sdl2-wasm")
if(LOOPSCOPE_WEB AND NOT EMSCRIPTEN_VERSION VERSION_EQUAL 3.1.6)
  string(APPEND _loopscope_sdl2_wasm "-em${EMSCRIPTEN_VERSION}")
endif()
if(LOOPSCOPE_WEB AND NOT LOOPSCOPE_WEB_THREADS)
  string(APPEND _loopscope_sdl2_wasm "-nothreads")
endif()
set(LOOPSCOPE_SDL2_WASM_DIR "${LOOPSCOPE_DEPS_DIR}/${_loopscope_sdl2_wasm}" CACHE PATH "SDL2 built for wasm by this Emscripten")
set(LOOPSCOPE_NODE_MODULES "${LOOPSCOPE_DEPS_DIR}/node/node_modules" CACHE PATH "npm packages (playwright-core)")

# --- doctest -------------------------------------------------------------------------------------
# The header is copied into the build tree so that the web build never sees /usr/include.
find_file(LOOPSCOPE_DOCTEST_HEADER doctest/doctest.h
  PATHS /usr/include /usr/local/include NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
if(NOT LOOPSCOPE_DOCTEST_HEADER)
  message(FATAL_ERROR "doctest/doctest.h not found: run tools/setup.sh (package doctest-dev)")
endif()
set(_doctest_inc "${CMAKE_BINARY_DIR}/_deps/doctest/include")
configure_file("${LOOPSCOPE_DOCTEST_HEADER}" "${_doctest_inc}/doctest/doctest.h" COPYONLY)
add_library(loopscope_doctest INTERFACE)
target_include_directories(loopscope_doctest SYSTEM INTERFACE "${_doctest_inc}")
add_library(doctest::doctest ALIAS loopscope_doctest)

# --- SDL2 + OpenGL -------------------------------------------------------------------------------
# loopscope::sdl2 links SDL2 and the GL library for the current platform.
function(loopscope_find_sdl2)
  if(TARGET loopscope_sdl2)
    return()
  endif()
  add_library(loopscope_sdl2 INTERFACE)
  if(LOOPSCOPE_WEB)
    loopscope_require_dep("${LOOPSCOPE_SDL2_WASM_DIR}/lib/libSDL2.a" "SDL2 for wasm")
    target_include_directories(loopscope_sdl2 SYSTEM INTERFACE "${LOOPSCOPE_SDL2_WASM_DIR}/include/SDL2")
    target_link_libraries(loopscope_sdl2 INTERFACE "${LOOPSCOPE_SDL2_WASM_DIR}/lib/libSDL2.a")
    target_link_options(loopscope_sdl2 INTERFACE -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2)
  else()
    find_package(SDL2 REQUIRED CONFIG)
    find_package(OpenGL REQUIRED)
    if(TARGET SDL2::SDL2)
      target_link_libraries(loopscope_sdl2 INTERFACE SDL2::SDL2)
    else()
      target_include_directories(loopscope_sdl2 SYSTEM INTERFACE ${SDL2_INCLUDE_DIRS})
      target_link_libraries(loopscope_sdl2 INTERFACE ${SDL2_LIBRARIES})
    endif()
    target_link_libraries(loopscope_sdl2 INTERFACE OpenGL::GL ${CMAKE_DL_LIBS})
  endif()
  add_library(loopscope::sdl2 ALIAS loopscope_sdl2)
endfunction()

# --- Dear ImGui (static library `imgui`, built from the cached Debian source) --------------------
function(loopscope_add_imgui)
  if(TARGET imgui)
    return()
  endif()
  loopscope_require_dep("${LOOPSCOPE_IMGUI_DIR}/imgui.cpp" "Dear ImGui 1.90.1 source")
  loopscope_find_sdl2()
  set(d "${LOOPSCOPE_IMGUI_DIR}")
  add_library(imgui STATIC
    ${d}/imgui.cpp ${d}/imgui_draw.cpp ${d}/imgui_tables.cpp ${d}/imgui_widgets.cpp ${d}/imgui_demo.cpp
    ${d}/backends/imgui_impl_sdl2.cpp ${d}/backends/imgui_impl_opengl3.cpp)
  target_include_directories(imgui SYSTEM PUBLIC "${d}" "${d}/backends")
  target_link_libraries(imgui PUBLIC loopscope::sdl2)
  target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
  if(LOOPSCOPE_WEB)
    target_compile_definitions(imgui PUBLIC IMGUI_IMPL_OPENGL_ES3)
  endif()
  add_library(imgui::imgui ALIAS imgui)
endfunction()
