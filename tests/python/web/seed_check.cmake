# python_web_seed: the simulated web's jitter follows the run's seed. Runs seed_delays.py with
# --seed 1 twice and with --seed 2, and fails unless the first two outputs are equal and the third
# differs. -DPROGRAM= the loopscope CLI, -DEMULATOR= a |-separated launcher (or empty),
# -DSCRIPT= seed_delays.py.
string(REPLACE "|" ";" launcher "${EMULATOR}")
foreach(run a b c)
  if(run STREQUAL "c")
    set(seed 2)
  else()
    set(seed 1)
  endif()
  execute_process(COMMAND ${launcher} ${PROGRAM} run --virtual-time --seed ${seed} ${SCRIPT}
                  OUTPUT_VARIABLE out_${run} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0 OR out_${run} STREQUAL "")
    message(FATAL_ERROR "seed ${seed}: exit ${rc}, output '${out_${run}}'")
  endif()
endforeach()
if(NOT out_a STREQUAL out_b)
  message(FATAL_ERROR "the same seed gave different delays:\n${out_a}${out_b}")
endif()
if(out_a STREQUAL out_c)
  message(FATAL_ERROR "seeds 1 and 2 gave the same delays:\n${out_a}")
endif()
