# The runtime as a library: builds runtime/ on its own, installs it, then builds and runs an outside
# project (consumer/) that finds it with find_package(aio) and links aio::aio.
#
#   cmake -DRUNTIME=<runtime/> -DCONSUMER=<consumer/> -DAPP_SOURCE=<.cpp> -DEXPECTED=<file>
#         -DWORK=<scratch dir> -DGENERATOR=<generator> -DCXX=<compiler> [-DLAUNCHER=ccache]
#         -P check_install.cmake
#
# Each step must succeed; the program must print exactly EXPECTED. It also checks what the
# package holds (the version file refuses a newer version; the core's headers are there, the
# browser host's are not in a native install).
cmake_minimum_required(VERSION 3.25)
foreach(var RUNTIME CONSUMER APP_SOURCE EXPECTED WORK GENERATOR CXX)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_install.cmake: -D${var}=... is required")
  endif()
endforeach()

function(step what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${what} failed (${status}):\n${out}\n${err}")
  endif()
  message("ok: ${what}")
endfunction()

set(common -G "${GENERATOR}" "-DCMAKE_CXX_COMPILER=${CXX}")
if(LAUNCHER)
  list(APPEND common "-DCMAKE_CXX_COMPILER_LAUNCHER=${LAUNCHER}")
endif()
file(REMOVE_RECURSE "${WORK}")
set(prefix "${WORK}/prefix")

step("configure the runtime alone" ${CMAKE_COMMAND} -S "${RUNTIME}" -B "${WORK}/runtime" ${common})
step("build the runtime" ${CMAKE_COMMAND} --build "${WORK}/runtime" -j2)
step("install the runtime" ${CMAKE_COMMAND} --install "${WORK}/runtime" --prefix "${prefix}")

foreach(file include/aio/aio.hpp include/aio/config.hpp include/aio/host/fetch.hpp
    lib/cmake/aio/aioConfig.cmake lib/cmake/aio/aioConfigVersion.cmake lib/cmake/aio/aioTargets.cmake)
  if(NOT EXISTS "${prefix}/${file}")
    file(GLOB_RECURSE installed RELATIVE "${prefix}" "${prefix}/*")
    message(FATAL_ERROR "the install has no ${file}; it has:\n${installed}")
  endif()
endforeach()
if(EXISTS "${prefix}/include/aio/host/browser_host.hpp")
  message(FATAL_ERROR "a native install must not carry the browser host's header")
endif()

step("configure the outside project (find_package(aio))" ${CMAKE_COMMAND} -S "${CONSUMER}" -B "${WORK}/app"
  ${common} "-DCMAKE_PREFIX_PATH=${prefix}" "-DAPP_SOURCE=${APP_SOURCE}" -DAIO_REQUESTED_VERSION=0.1)
step("build the outside project" ${CMAKE_COMMAND} --build "${WORK}/app")

execute_process(COMMAND "${WORK}/app/app" RESULT_VARIABLE status OUTPUT_VARIABLE actual ERROR_VARIABLE err)
file(READ "${EXPECTED}" expected)
if(NOT status EQUAL 0 OR NOT actual STREQUAL expected)
  message(FATAL_ERROR "the outside project's program (status ${status}) printed:\n${actual}${err}"
    "---- expected (${EXPECTED}) ----\n${expected}")
endif()
message("ok: the outside project's program prints ${EXPECTED}")

# The version file: a project asking for a newer aio than the installed one must not get it.
execute_process(COMMAND ${CMAKE_COMMAND} -S "${CONSUMER}" -B "${WORK}/app-newer" ${common}
  "-DCMAKE_PREFIX_PATH=${prefix}" "-DAPP_SOURCE=${APP_SOURCE}" -DAIO_REQUESTED_VERSION=99.0
  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(status EQUAL 0 OR NOT err MATCHES "aioConfigVersion|version")
  message(FATAL_ERROR "find_package(aio 99.0) should fail on the version (status ${status}):\n${err}")
endif()
message("ok: find_package(aio 99.0) is refused")
