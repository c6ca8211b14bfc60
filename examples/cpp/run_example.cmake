# Runs one example program and compares its stdout with the expected text (a ctest check).
#
#   cmake -DPROGRAM=<exe or .js> -DEXPECTED=<file> [-DACTUAL=<file>] [-DARGS=a|b]
#         [-DEMULATOR=node|--flag] -P run_example.cmake
#
# ARGS and EMULATOR are lists joined with '|' (a ';' would split the ctest argument). EMULATOR is
# ${CMAKE_CROSSCOMPILING_EMULATOR} (node in the web build), empty natively. The program must exit
# with status 0 and print exactly the expected text; stderr is shown but never compared.
cmake_minimum_required(VERSION 3.25)
foreach(var PROGRAM EXPECTED)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_example.cmake: -D${var}=... is required")
  endif()
endforeach()
string(REPLACE "|" ";" emulator "${EMULATOR}")
string(REPLACE "|" ";" args "${ARGS}")

execute_process(
  COMMAND ${emulator} ${PROGRAM} ${args}
  OUTPUT_VARIABLE actual
  ERROR_VARIABLE errors
  RESULT_VARIABLE status
  TIMEOUT 300)

if(DEFINED ACTUAL)
  file(WRITE "${ACTUAL}" "${actual}")
endif()
if(NOT errors STREQUAL "")
  message("---- stderr ----\n${errors}")
endif()
if(NOT status EQUAL 0)
  message("---- stdout ----\n${actual}----")
  message(FATAL_ERROR "${PROGRAM} exited with status ${status}")
endif()

file(READ "${EXPECTED}" expected)
string(REPLACE "\r\n" "\n" expected "${expected}")
string(REPLACE "\r\n" "\n" actual "${actual}")
if(NOT actual STREQUAL expected)
  # Point at the first line that differs, then show both texts whole.
  string(REPLACE ";" "\\;" expected_lines "${expected}")
  string(REPLACE ";" "\\;" actual_lines "${actual}")
  string(REPLACE "\n" ";" expected_lines "${expected_lines}")
  string(REPLACE "\n" ";" actual_lines "${actual_lines}")
  list(LENGTH expected_lines n_expected)
  list(LENGTH actual_lines n_actual)
  set(first 0)
  while(first LESS n_expected AND first LESS n_actual)
    list(GET expected_lines ${first} e)
    list(GET actual_lines ${first} a)
    if(NOT e STREQUAL a)
      break()
    endif()
    math(EXPR first "${first} + 1")
  endwhile()
  math(EXPR line "${first} + 1")
  set(e "<end of text>")
  set(a "<end of text>")
  if(first LESS n_expected)
    list(GET expected_lines ${first} e)
  endif()
  if(first LESS n_actual)
    list(GET actual_lines ${first} a)
  endif()
  message("---- expected (${EXPECTED}) ----\n${expected}---- actual ----\n${actual}----")
  message(FATAL_ERROR "stdout differs from line ${line} on:\n  expected: ${e}\n  actual:   ${a}")
endif()
message("stdout matches ${EXPECTED}")
