# Python scripts with CPython's output as ctest tests, and the list the page's test runs.
#
#   loopscope_add_script_tests(SUITE python_language LABEL language NAMES a b c
#                              [DIR <dir>] [EXPECTED_DIR <dir>] [ARGS --asyncio 3.7]
#                              [REALTIME_DIRECTIVE | REAL_TIME])
#
# Each NAME is the test <SUITE>_<NAME>: `loopscope run --virtual-time [ARGS...] <DIR>/<NAME>.py`
# (DIR defaults to the calling directory), its stdout compared byte for byte with
# <EXPECTED_DIR>/<NAME>.out (default <DIR>/expected) and its exit status with 0
# (examples/cpp/run_example.cmake; in the web build the CLI runs under node). REALTIME_DIRECTIVE: a script whose first line is `# realtime`
# (it starts threads) runs without --virtual-time, as the conformance corpus' rules say; REAL_TIME:
# every script does.
#
# Every call also appends its scripts to <build>/script_tests/<SUITE>.tsv (name, script, expected
# output, clock, extra arguments: one line each), which web/tests/scripts_in_page.mjs reads to run
# the same scripts in the playground page (browser_scripts_in_page). The files are rewritten at
# each configure.
include_guard(GLOBAL)

function(loopscope_add_script_tests)
  cmake_parse_arguments(PARSE_ARGV 0 ST "REALTIME_DIRECTIVE;REAL_TIME" "SUITE;LABEL;DIR;EXPECTED_DIR" "NAMES;ARGS")
  if(NOT ST_SUITE OR NOT ST_LABEL)
    message(FATAL_ERROR "loopscope_add_script_tests: SUITE and LABEL are required")
  endif()
  if(NOT ST_DIR)
    set(ST_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  endif()
  if(NOT ST_EXPECTED_DIR)
    set(ST_EXPECTED_DIR "${ST_DIR}/expected")
  endif()
  string(REPLACE ";" "|" emulator "${CMAKE_CROSSCOMPILING_EMULATOR}")
  string(REPLACE ";" "|" extra "${ST_ARGS}")
  set(manifest "${CMAKE_BINARY_DIR}/script_tests/${ST_SUITE}.tsv")
  get_property(started GLOBAL PROPERTY "loopscope_script_tests_${ST_SUITE}")
  if(NOT started)  # the first call of this configure for the suite starts its file afresh
    file(WRITE "${manifest}" "")
    set_property(GLOBAL PROPERTY "loopscope_script_tests_${ST_SUITE}" TRUE)
  endif()
  foreach(name IN LISTS ST_NAMES)
    set(script "${ST_DIR}/${name}.py")
    set(expected "${ST_EXPECTED_DIR}/${name}.out")
    set(clock "virtual")
    if(ST_REAL_TIME)
      set(clock "real")
    elseif(ST_REALTIME_DIRECTIVE)
      file(STRINGS "${script}" first_line LIMIT_COUNT 1)
      if(first_line STREQUAL "# realtime")
        set(clock "real")
      endif()
    endif()
    set(args "run")
    if(clock STREQUAL "virtual")
      string(APPEND args "|--virtual-time")
    endif()
    if(extra)
      string(APPEND args "|${extra}")
    endif()
    add_test(NAME ${ST_SUITE}_${name}
      COMMAND ${CMAKE_COMMAND}
        "-DPROGRAM=$<TARGET_FILE:loopscope_cli>"
        "-DEMULATOR=${emulator}"
        "-DARGS=${args}|${script}"
        "-DEXPECTED=${expected}"
        "-DACTUAL=${CMAKE_CURRENT_BINARY_DIR}/actual/${name}.out"
        -P ${PROJECT_SOURCE_DIR}/examples/cpp/run_example.cmake)
    set_tests_properties(${ST_SUITE}_${name} PROPERTIES LABELS "${ST_LABEL}" TIMEOUT 60)
    file(APPEND "${manifest}" "${name}\t${script}\t${expected}\t${clock}\t${extra}\n")
  endforeach()
endfunction()
