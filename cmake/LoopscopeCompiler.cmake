# Compiler and linker settings applied to every target of the project (runtime, tests, playground).
#
# Native (gcc 12): C++20, -pthread, optional ASan+UBSan (LOOPSCOPE_SANITIZE).
# Web (presets web, web-nothreads): Debian 13's Emscripten 3.1.69 (clang 19) from the root that
# tools/setup.sh makes, run through tools/emroot/ (toolchain file cmake/EmscriptenRoot.cmake); Debian
# 12's 3.1.6 (clang 14) only where setup could not make or use the root (the same file falls back).
#   * exceptions and setjmp/longjmp (LOOPSCOPE_WASM_EH, on for Emscripten >= 3.1.60): wasm
#     exceptions (-fwasm-exceptions) and wasm setjmp/longjmp (-sSUPPORT_LONGJMP=wasm), so C++
#     exceptions and MicroPython's NLR (setjmp) stay in wasm. With 3.1.6 both go through JavaScript
#     (-fexceptions, invoke_* trampolines): every call inside a function that calls setjmp (the VM's
#     main loop) leaves wasm, and each setjmp in one activation of such a function grows a table
#     that every later call searches, so Python-to-Python calls in a loop got slower the longer the
#     loop ran (0.16 ms per call after 25k calls, 0.37 ms after 100k). -fwasm-exceptions is broken
#     in 3.1.6 (with -pthread a plain throw/catch aborts; without it an exception rethrown inside a
#     coroutine escapes its catch block; see README "Decisions").
#   * threads: -pthread on every compile and link (SDL2 for wasm is built with pthreads).
#     LOOPSCOPE_WEB_THREADS=OFF (preset web-nothreads) is the page's fallback when it cannot be made
#     cross-origin isolated (no SharedArrayBuffer): no -pthread anywhere, LOOPSCOPE_NO_THREADS=1
#     defined (executor jobs run on the loop thread, MicroPython without MICROPY_PY_THREAD), SDL2
#     from its own no-threads wasm build (tools/setup.sh; the pthread one needs sem_timedwait).
#   * memory: ALLOW_MEMORY_GROWTH with a 64 MiB start and a 1 GiB cap. Growth with pthreads makes the
#     JS glue re-check its heap views (slightly slower JS-side memory access, not wasm code);
#     we accept that instead of reserving a huge fixed heap, and silence the warning.
#   * NODE_PATH (3.1.6): emcc links at -O1+ run acorn through node and need Debian's node modules; every link
#     goes through `cmake -E env NODE_PATH=/usr/share/nodejs` (RULE_LAUNCH_LINK), so a plain
#     `cmake --build` works without the variable in the environment.
#   * ctest: programs run under `node --no-experimental-fetch` (CMAKE_CROSSCOMPILING_EMULATOR).

set(LOOPSCOPE_CMAKE_DIR "${CMAKE_CURRENT_LIST_DIR}")

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

set(THREADS_PREFER_PTHREAD_FLAG ON)

if(EMSCRIPTEN)
  set(LOOPSCOPE_WEB ON)
  set(LOOPSCOPE_NODE_PATH "/usr/share/nodejs" CACHE PATH "Debian's node modules, needed by emcc links")
  set_property(GLOBAL PROPERTY RULE_LAUNCH_LINK
    "${CMAKE_COMMAND} -E env NODE_PATH=${LOOPSCOPE_NODE_PATH}")

  find_program(LOOPSCOPE_NODE NAMES node nodejs REQUIRED)
  # Emscripten.cmake sets the emulator to plain `node`; replace that. Node 20 needs no flag for
  # threads (and rejects --experimental-wasm-threads, which emcmake would pass); fetch must be off,
  # otherwise emcc 3.1.6's glue tries fetch() for the .wasm file and fails. (CLI programs also hide
  # fetch themselves through cmake/node-no-fetch.pre.js, so running them by hand works too.)
  if(NOT CMAKE_CROSSCOMPILING_EMULATOR MATCHES "no-experimental-fetch")
    set(CMAKE_CROSSCOMPILING_EMULATOR "${LOOPSCOPE_NODE};--no-experimental-fetch"
      CACHE STRING "Runs the wasm test programs" FORCE)
  endif()

  option(LOOPSCOPE_WEB_THREADS "Web build with pthreads (Web Workers; the page must be cross-origin isolated)" ON)
  if(LOOPSCOPE_WEB_THREADS)
    set(LOOPSCOPE_THREAD_FLAGS -pthread)
  else()
    set(LOOPSCOPE_THREAD_FLAGS "")
    add_compile_definitions(LOOPSCOPE_NO_THREADS=1)
  endif()
  # Wasm exceptions and wasm setjmp/longjmp need the newer Emscripten (3.1.69 from the Debian 13
  # root, cmake/EmscriptenRoot.cmake); Debian 12's 3.1.6 gets JavaScript-based exceptions.
  if(EMSCRIPTEN_VERSION VERSION_GREATER_EQUAL 3.1.60)
    set(_loopscope_wasm_eh_default ON)
  else()
    set(_loopscope_wasm_eh_default OFF)
  endif()
  option(LOOPSCOPE_WASM_EH "Wasm exceptions and setjmp/longjmp (needs Emscripten >= 3.1.60)"
    ${_loopscope_wasm_eh_default})
  if(LOOPSCOPE_WASM_EH)
    set(LOOPSCOPE_EH_FLAGS -fwasm-exceptions -sSUPPORT_LONGJMP=wasm)
  else()
    set(LOOPSCOPE_EH_FLAGS -fexceptions)
    # clang 14's <experimental/coroutine> warns that it is deprecated on every include.
    add_compile_options("$<$<COMPILE_LANGUAGE:CXX>:-Wno-deprecated-experimental-coroutine>")
  endif()
  add_compile_options(${LOOPSCOPE_THREAD_FLAGS} ${LOOPSCOPE_EH_FLAGS})
  add_link_options(${LOOPSCOPE_THREAD_FLAGS} ${LOOPSCOPE_EH_FLAGS}
    -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=67108864 -sMAXIMUM_MEMORY=1073741824
    # The C stack lives in linear memory just above the static data, and Emscripten >= 3.1.27
    # makes it only 64 KiB: MicroPython's stack check (LOOPSCOPE_WASM_C_STACK_LIMIT, 64 KiB of
    # use) would fire only after a deep repr or compile had already written over static data,
    # type objects included ("null function or function signature mismatch" later).
    # STACK_OVERFLOW_CHECK=1 puts a cookie at the stack's end, checked at each return to the host.
    -sSTACK_SIZE=1048576 -sDEFAULT_PTHREAD_STACK_SIZE=1048576 -sSTACK_OVERFLOW_CHECK=1)
  # Chromium's profiles (bench_python_page.mjs --profile) name wasm functions only if the module
  # keeps its name section; the code is the same either way.
  option(LOOPSCOPE_WEB_FUNCTION_NAMES "Keep function names in the web build's wasm (--profiling-funcs)" OFF)
  if(LOOPSCOPE_WEB_FUNCTION_NAMES)
    add_link_options(--profiling-funcs)
  endif()
  if(LOOPSCOPE_WEB_THREADS)
    add_link_options(-Wno-pthreads-mem-growth)
  endif()
else()
  set(LOOPSCOPE_WEB OFF)
  set(LOOPSCOPE_WEB_THREADS ON)
  add_compile_options(-pthread)
  add_link_options(-pthread)
endif()

option(LOOPSCOPE_SANITIZE "Build with AddressSanitizer + UndefinedBehaviorSanitizer (native only)" OFF)
if(LOOPSCOPE_SANITIZE)
  if(LOOPSCOPE_WEB)
    message(FATAL_ERROR "LOOPSCOPE_SANITIZE is for native builds only")
  endif()
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined)
endif()

# Warnings for the project's own code (third-party targets do not link this).
add_library(loopscope_warnings INTERFACE)
target_compile_options(loopscope_warnings INTERFACE -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers)

# loopscope_configure_program(<target> [CLI|APP])
#   CLI: a command-line/test program. On the web: runs under node, exit code reaches node
#        (EXIT_RUNTIME), 4 pre-started worker threads (none without LOOPSCOPE_WEB_THREADS).
#   APP: a browser application (the playground). On the web: 4 pre-started worker threads (idem).
function(loopscope_configure_program target kind)
  if(NOT LOOPSCOPE_WEB)
    return()
  endif()
  set(pool "")
  if(LOOPSCOPE_WEB_THREADS)
    set(pool -sPTHREAD_POOL_SIZE=4)
  endif()
  if(kind STREQUAL "CLI")
    target_link_options(${target} PRIVATE -sEXIT_RUNTIME=1 ${pool}
      "--pre-js=${LOOPSCOPE_CMAKE_DIR}/node-no-fetch.pre.js"
      "--pre-js=${LOOPSCOPE_CMAKE_DIR}/node-blocking-stdio.pre.js")
    set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS "${LOOPSCOPE_CMAKE_DIR}/node-no-fetch.pre.js"
      "${LOOPSCOPE_CMAKE_DIR}/node-blocking-stdio.pre.js")
    set_target_properties(${target} PROPERTIES SUFFIX ".js")
  elseif(kind STREQUAL "APP")
    if(pool)
      target_link_options(${target} PRIVATE ${pool})
    endif()
  else()
    message(FATAL_ERROR "loopscope_configure_program: kind must be CLI or APP, got '${kind}'")
  endif()
endfunction()
