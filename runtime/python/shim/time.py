# time for Loopscope's MicroPython: the clocks are the built-in module (port/modtime.c: the run's
# clock, virtual or real; reached as `utime`); CPython's calendar functions (struct_time, gmtime,
# localtime, mktime, asctime, ctime, strftime, strptime, process_time, get_clock_info) are shim/_timecal.py's, loaded when a
# script first reads one (module __getattr__): most scripts import time for its clocks only, and a
# run compiles every shim it imports. Local time is UTC (the sandbox has no time-zone database).

from utime import monotonic, monotonic_ns, perf_counter, perf_counter_ns, sleep, time, time_ns

__all__ = ["altzone", "asctime", "ctime", "daylight", "get_clock_info", "gmtime", "localtime", "mktime", "monotonic",
           "monotonic_ns", "perf_counter", "perf_counter_ns", "process_time", "process_time_ns", "sleep",
           "strftime", "strptime", "struct_time", "thread_time", "thread_time_ns", "time", "time_ns", "timezone",
           "tzname"]

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")


def __getattr__(name):
    import _timecal
    try:
        value = getattr(_timecal, name)
    except AttributeError:
        raise AttributeError("module 'time' has no attribute '%s'" % name) from None
    globals()[name] = value
    return value
