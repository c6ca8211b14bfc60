# The README's C++ example is a compiled, tested file: this check fails when the code block that
# follows the marker line in README.md is not exactly readme_example.cpp.
#
#   cmake -DREADME=<README.md> -DEXAMPLE=<readme_example.cpp> -P check_readme_example.cmake
cmake_minimum_required(VERSION 3.25)
foreach(var README EXAMPLE)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_readme_example.cmake: -D${var}=... is required")
  endif()
endforeach()

get_filename_component(example_name "${EXAMPLE}" NAME)
set(marker "<!-- examples/cpp/${example_name}")
file(READ "${README}" readme)
file(READ "${EXAMPLE}" example)
string(REPLACE "\r\n" "\n" readme "${readme}")
string(REPLACE "\r\n" "\n" example "${example}")

string(FIND "${readme}" "${marker}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "${README} has no line starting with '${marker}' before the example's code block")
endif()
string(SUBSTRING "${readme}" ${at} -1 rest)
string(FIND "${rest}" "\n```cpp\n" open)
if(open EQUAL -1)
  message(FATAL_ERROR "${README}: no ```cpp block after '${marker}'")
endif()
math(EXPR open "${open} + 8")
string(SUBSTRING "${rest}" ${open} -1 rest)
string(FIND "${rest}" "\n```\n" close)
if(close EQUAL -1)
  message(FATAL_ERROR "${README}: the ```cpp block after '${marker}' is not closed")
endif()
math(EXPR close "${close} + 1")  # the block's text keeps its last newline, as the file does
string(SUBSTRING "${rest}" 0 ${close} block)

if(NOT block STREQUAL example)
  message("---- README block ----\n${block}---- ${EXAMPLE} ----\n${example}----")
  message(FATAL_ERROR "the README's C++ example differs from ${EXAMPLE}: copy the file into the block")
endif()
message("the README's C++ example is ${EXAMPLE}")
