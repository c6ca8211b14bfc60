# The calendar part of `time` (shim/time.py loads it on first use): struct_time, gmtime, localtime,
# mktime, asctime, ctime, strftime, process_time on the run's clock. The sandbox has no time-zone
# database: local time is UTC (as on the conformance machine), so localtime() is gmtime() with
# tm_zone 'UTC'.

from utime import perf_counter, perf_counter_ns, time

import _timeconv

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")


class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, zone=None, gmtoff=None):
        seq = tuple(seq)
        if len(seq) == 11:
            seq, zone, gmtoff = seq[:9], seq[9], seq[10]
        if len(seq) != 9:
            raise TypeError("time.struct_time() takes a 9-sequence (%d-sequence given)" % len(seq))
        self = tuple.__new__(cls, seq)
        self._zone = zone
        self._gmtoff = gmtoff
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join("%s=%r" % (name, value) for name, value in zip(_FIELDS, self))

    __str__ = __repr__

    def __reduce__(self):
        return (struct_time, (tuple(self), {"tm_zone": self._zone, "tm_gmtoff": self._gmtoff}))


def _seconds(secs):
    if secs is None:
        return time()
    if not isinstance(secs, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    return secs


def _broken_down(secs, zone):
    y, mo, d, h, mi, s, wd, yd = _timeconv.broken_down(_seconds(secs))
    return struct_time((y, mo, d, h, mi, s, wd, yd, 0), zone, 0)


def gmtime(secs=None):
    return _broken_down(secs, "GMT")


def localtime(secs=None):
    return _broken_down(secs, "UTC")


def _as_tuple(t, name):
    if t is None:
        return localtime()
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % name)
    return t


def mktime(t):
    t = _as_tuple(t, "mktime")
    year, month, day, hour, minute, second = t[:6]
    # Out-of-range months roll into years, the rest into days and seconds, as C's mktime.
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    days = _timeconv.days_from_civil(year, month, 1) + day - 1
    return float(days * 86400 + hour * 3600 + minute * 60 + second)


def asctime(t=None):
    t = _as_tuple(t, "asctime")
    return _timeconv.strftime("%c", (t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7]))


def ctime(secs=None):
    return asctime(localtime(secs))


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    t = _as_tuple(t, "strftime")
    if not 1 <= t[1] <= 12:
        raise ValueError("month out of range")
    zone = getattr(t, "tm_zone", None) or "UTC"
    return _timeconv.strftime(format, t, 0, "+0000", zone)


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    # datetime's parser; CPython's struct_time has tm_isdst -1 (unknown) and no zone unless %z/%Z
    import datetime
    d = datetime.datetime.strptime(string, format)
    zone = d.tzname() if d.tzinfo is not None else None
    offset = d.utcoffset()
    gmtoff = None if offset is None else int(offset.total_seconds())
    return struct_time((d.year, d.month, d.day, d.hour, d.minute, d.second, d.weekday(),
                        d.toordinal() - datetime.date(d.year, 1, 1).toordinal() + 1, -1), zone, gmtoff)


def process_time():
    return perf_counter()


def process_time_ns():
    return perf_counter_ns()


thread_time = process_time
thread_time_ns = process_time_ns


_CLOCKS = {
    # name: (implementation, monotonic, adjustable), as CPython on Linux reports them
    "time": ("clock_gettime(CLOCK_REALTIME)", False, True),
    "monotonic": ("clock_gettime(CLOCK_MONOTONIC)", True, False),
    "perf_counter": ("clock_gettime(CLOCK_MONOTONIC)", True, False),
    "process_time": ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", True, False),
    "thread_time": ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", True, False),
}


def get_clock_info(name):
    if name not in _CLOCKS:
        raise ValueError("unknown clock")
    from types import SimpleNamespace
    implementation, monotonic, adjustable = _CLOCKS[name]
    return SimpleNamespace(implementation=implementation, monotonic=monotonic, adjustable=adjustable,
                           resolution=1e-09)
