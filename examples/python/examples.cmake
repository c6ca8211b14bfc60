# The Python examples, in gallery order: the one list the gallery and the tests read.
#
#   LOOPSCOPE_PYTHON_EXAMPLES          every example (examples/python/<name>.py), shown in the app
#   LOOPSCOPE_PYTHON_EXAMPLES_PASSING  those whose `loopscope run --virtual-time` output already
#                                      matches expected/<name>.txt: each is the ctest test
#                                      python_example_<name>. Move a name here once the engine runs it.
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
)
set(LOOPSCOPE_PYTHON_EXAMPLES_PASSING
  hello
  coroutine_chaining
  task_done_callback
  gather
  cancel_polled_task
  futures
  factorial
  async_timed
  cpu_bound
  blocking_sleep
  generator_coroutines
)
