# The Python examples, in gallery order: the one list the gallery and the tests read.
#
#   LOOPSCOPE_PYTHON_EXAMPLES  every example (examples/python/<name>.py): shown in the app, and the
#                              ctest test python_example_<name>, whose `loopscope run --virtual-time`
#                              output must match expected/<name>.txt
set(LOOPSCOPE_PYTHON_EXAMPLES
  hello
  coroutine_chaining
  task_done_callback
  gather
  as_completed
  wait_timeout
  wait_for
  cancel_polled_task
  futures
  event_failure
  load_tester
  factorial
  async_timed
  cpu_bound
  blocking_sleep
  executor
  producer_consumer
  taskgroup
  generator_coroutines
  why_it_waits
)
