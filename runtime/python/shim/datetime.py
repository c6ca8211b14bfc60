# datetime for Loopscope's MicroPython: timedelta, date, time, datetime, tzinfo and timezone with
# CPython 3.11's reprs, str, isoformat/fromisoformat, strftime, arithmetic and comparisons.
# now()/today()/utcnow()/fromtimestamp() read the run's clock (time.time: virtual under
# --virtual-time, so a virtual run starts at 1970-01-01 00:00:00); local time is UTC, the sandbox's
# only time zone. strptime understands the numeric directives and month/day names.
#
# Sections: helpers; timedelta; date; tzinfo/timezone; time; datetime.

import utime as _time  # the clock only

import _timeconv

__all__ = ["date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC"]

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059
_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()


# ---- helpers ----

def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _check_int(value):
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    raise TypeError("an integer is required (got type %s)" % type(value).__name__)


def _check_date_fields(year, month, day):
    year, month, day = _check_int(year), _check_int(month), _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _timeconv.days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = map(_check_int, (hour, minute, second, microsecond))
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _ord_from_ymd(year, month, day):
    return _timeconv.days_from_civil(year, month, day) + _EPOCH_ORDINAL


def _ymd_from_ord(n):
    return _timeconv.civil_from_days(n - _EPOCH_ORDINAL)


def _format_offset(off, sep=":"):
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    hh, rest = divmod(off.seconds + off.days * 86400, 3600)
    mm, ss = divmod(rest, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += "%s%02d" % (sep, ss)
        if off.microseconds:
            s += ".%06d" % off.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec="auto"):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _strftime(fmt, year, month, day, hh, mm, ss, us, tz_obj, dt_for_tz):
    fields = (year, month, day, hh, mm, ss, _timeconv.weekday(year, month, day),
              _timeconv.yearday(year, month, day))
    utcoffset = ""
    tzname = ""
    if tz_obj is not None:
        off = tz_obj.utcoffset(dt_for_tz)
        if off is not None:
            utcoffset = _format_offset(off, "")
        tzname = tz_obj.tzname(dt_for_tz) or ""
    return _timeconv.strftime(fmt, fields, us, utcoffset, tzname)


def _parse_digits(s, i, n):
    part = s[i:i + n]
    if len(part) != n or not part.isdigit():
        raise ValueError
    return int(part), i + n


# ---- timedelta ----

class timedelta:
    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        # Everything in microseconds, exactly for ints; floats rounded half-even once at the end.
        total = 0
        fractional = 0.0
        for value, scale in ((weeks, 604800000000), (days, 86400000000), (hours, 3600000000),
                             (minutes, 60000000), (seconds, 1000000), (milliseconds, 1000),
                             (microseconds, 1)):
            if isinstance(value, float):
                whole = int(value)
                total += whole * scale
                fractional += (value - whole) * scale
            elif isinstance(value, int):
                total += value * scale
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (("weeks", "days", "hours", "minutes", "seconds", "milliseconds",
                                    "microseconds")[0], type(value).__name__))
        total += round(fractional)
        d, rest = divmod(total, 86400000000)
        s, us = divmod(rest, 1000000)
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @classmethod
    def _from_us(cls, us):
        return cls(0, 0, us)

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "datetime.timedelta(%s)" % ", ".join(args)

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, " % (self._days, "" if abs(self._days) == 1 else "s") + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            return timedelta._from_us(round(self._to_us() * other))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, (int, float)):
            return timedelta._from_us(round(self._to_us() / other))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() == other._to_us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() != other._to_us()
        return NotImplemented

    def _compare(self, other):
        if not isinstance(other, timedelta):
            raise TypeError("can't compare '%s' to '%s'" % (type(self).__name__, type(other).__name__))
        return _cmp(self._to_us(), other._to_us())

    def __lt__(self, other):
        return self._compare(other) < 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    def __hash__(self):
        return hash(self._to_us())

    def __bool__(self):
        return self._to_us() != 0


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---- date ----

class date:
    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __init__(self, year, month=None, day=None):
        if isinstance(year, (bytes, bytearray)) and len(year) == 4 and month is None and 1 <= year[2] <= 12:
            # The pickle state (CPython's __reduce__): year (2 bytes), month, day.
            year, month, day = year[0] * 256 + year[1], year[2], year[3]
        self._year, self._month, self._day = _check_date_fields(year, month, day)
        self._hashcode = -1

    def __reduce__(self):
        return (type(self), (bytes((self._year >> 8, self._year & 0xFF, self._month, self._day)),))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _timeconv.broken_down(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ymd_from_ord(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            return cls(*_parse_isoformat_date(date_string, exact=True))
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % date_string) from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        jan4 = _ord_from_ymd(year, 1, 4)
        monday = jan4 - (jan4 + 6) % 7
        return cls.fromordinal(monday + (week - 1) * 7 + day - 1)

    def __repr__(self):
        return "%s.%s(%d, %d, %d)" % (_module_name(self), type(self).__qualname__, self._year,
                                      self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return self.strftime("%a %b ") + "%2d 00:00:00 %04d" % (self._day, self._year)

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, None, None)

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        return (self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                _timeconv.yearday(self._year, self._month, self._day), -1)

    def toordinal(self):
        return _ord_from_ymd(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        iso_year, week, day = _timeconv._iso_week(self._year, self._month, self._day)
        return _IsoCalendarDate((iso_year, week, day))

    def _key(self):
        return (self._year, self._month, self._day)

    def _same_kind(self, other):
        return isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime)

    def __eq__(self, other):
        if isinstance(other, date) and isinstance(self, datetime) == isinstance(other, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def _compare(self, other):
        if not self._same_kind(other):
            raise TypeError("can't compare %s to %s" % (type(self).__name__, type(other).__name__))
        return _cmp(self._key(), other._key())

    def __lt__(self, other):
        return self._compare(other) < 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAX_ORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("result out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


class _IsoCalendarDate(tuple):
    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % (self[0], self[1], self[2])

    __str__ = __repr__  # a tuple subclass's str() does not fall back to __repr__ here


def _module_name(obj):
    return "datetime" if type(obj).__module__ in ("datetime", None) else type(obj).__module__


def _parse_isoformat_date(s, exact=False):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www-D, YYYYWwwD
    year, i = _parse_digits(s, 0, 4)
    has_sep = s[i:i + 1] == "-"
    if has_sep:
        i += 1
    if s[i:i + 1] == "W":
        week, i = _parse_digits(s, i + 1, 2)
        day = 1
        if i < len(s) and (not has_sep or s[i] == "-"):
            if has_sep:
                i += 1
            day, i = _parse_digits(s, i, 1)
        if exact and i != len(s):
            raise ValueError
        d = date.fromisocalendar(year, week, day)
        return d.year, d.month, d.day
    month, i = _parse_digits(s, i, 2)
    if has_sep:
        if s[i:i + 1] != "-":
            raise ValueError
        i += 1
    day, i = _parse_digits(s, i, 2)
    if exact and i != len(s):
        raise ValueError
    return year, month, day


# ---- tzinfo / timezone ----

class tzinfo:
    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        return dt + self.utcoffset(dt)


_UTC_SINGLETON = []


class timezone(tzinfo):
    def __new__(cls, offset, name=None):
        # timezone(timedelta(0)) is timezone.utc, as in CPython (so a pickled utc loads as it).
        if name is None and _UTC_SINGLETON and cls is timezone and isinstance(offset, timedelta) \
                and not offset:
            return _UTC_SINGLETON[0]
        return object.__new__(cls)

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("offset must be a timedelta")
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % offset)
        self._offset = offset
        self._name = name

    def __reduce__(self):
        if self._name is None:
            return (type(self), (self._offset,), None)
        return (type(self), (self._offset, self._name), None)

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def fromutc(self, dt):
        return dt + self._offset

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)


timezone.utc = timezone(timedelta(0))
_UTC_SINGLETON.append(timezone.utc)
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# ---- time ----

class time:
    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(hour, (bytes, bytearray)) and len(hour) == 6 and (hour[0] & 0x7F) < 24:
            # The pickle state: hour (| 0x80 for fold), minute, second, microsecond (3 bytes).
            state, tzinfo = hour, minute if minute else None
            hour, fold = state[0] & 0x7F, 1 if state[0] > 127 else 0
            minute, second = state[1], state[2]
            microsecond = (state[3] << 16) | (state[4] << 8) | state[5]
        (self._hour, self._minute, self._second, self._microsecond,
         self._fold) = _check_time_fields(hour, minute, second, microsecond, fold)
        self._tzinfo = tzinfo

    def __reduce_ex__(self, protocol):
        us = self._microsecond
        h = self._hour + (128 if self._fold and protocol > 3 else 0)
        state = bytes((h, self._minute, self._second, us >> 16, (us >> 8) & 0xFF, us & 0xFF))
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        try:
            return cls(*_parse_isoformat_time(time_string))
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % time_string) from None

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond,
                         self._tzinfo, None)

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % self._tzinfo
        if self._fold:
            s += ", fold=1"
        return "datetime.time(%s)" % s

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        return self._key() == other._key() if isinstance(other, time) else NotImplemented

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()

    def __gt__(self, other):
        return self._key() > other._key()

    def __ge__(self, other):
        return self._key() >= other._key()

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _parse_isoformat_time(s):
    hh, i = _parse_digits(s, 0, 2)
    mm = ss = us = 0
    tz = None
    n = len(s)
    if i < n and s[i] in ":0123456789":
        i += s[i] == ":"
        mm, i = _parse_digits(s, i, 2)
        if i < n and s[i] in ":0123456789":
            i += s[i] == ":"
            ss, i = _parse_digits(s, i, 2)
            if i < n and s[i] in ".,":
                j = i + 1
                while j < n and s[j].isdigit():
                    j += 1
                digits = s[i + 1:j]
                if not digits:
                    raise ValueError
                us = int((digits + "000000")[:6])
                i = j
    if i < n:
        if s[i] == "Z":
            tz = timezone.utc
            i += 1
        elif s[i] in "+-":
            sign = -1 if s[i] == "-" else 1
            oh, j = _parse_digits(s, i + 1, 2)
            om = osec = 0
            if j < n:
                j += s[j] == ":"
                om, j = _parse_digits(s, j, 2)
                if j < n:
                    j += s[j] == ":"
                    osec, j = _parse_digits(s, j, 2)
            tz = timezone(sign * timedelta(hours=oh, minutes=om, seconds=osec))
            i = j
        if i != n:
            raise ValueError
    return hh, mm, ss, us, tz


# ---- datetime ----

class datetime(date):
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __init__(self, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                 tzinfo=None, *, fold=0):
        if isinstance(year, (bytes, bytearray)) and len(year) == 10 and 1 <= (year[2] & 0x7F) <= 12:
            # The pickle state: year (2 bytes), month (| 0x80 for fold), day, hour, minute, second,
            # microsecond (3 bytes); the tzinfo comes second.
            state, tzinfo = year, month
            year, month, day = state[0] * 256 + state[1], state[2] & 0x7F, state[3]
            fold = 1 if state[2] > 127 else 0
            hour, minute, second = state[4], state[5], state[6]
            microsecond = (state[7] << 16) | (state[8] << 8) | state[9]
        date.__init__(self, year, month, day)
        (self._hour, self._minute, self._second, self._microsecond,
         self._fold) = _check_time_fields(hour, minute, second, microsecond, fold)
        if tzinfo is not None and not isinstance(tzinfo, _tzinfo_base):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tzinfo).__name__)
        self._tzinfo = tzinfo

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def __reduce_ex__(self, protocol):
        us = self._microsecond
        m = self._month + (128 if self._fold and protocol > 3 else 0)
        state = bytes((self._year >> 8, self._year & 0xFF, m, self._day, self._hour, self._minute,
                       self._second, us >> 16, (us >> 8) & 0xFF, us & 0xFF))
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    @classmethod
    def _from_seconds(cls, t, tz):
        whole = t // 1
        us = round((t - whole) * 1000000)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        fields = _timeconv.broken_down(whole)
        result = cls(*fields[:6], us)
        if tz is not None:
            result = tz.fromutc(result.replace(tzinfo=tz))
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        if tz is not None and not isinstance(tz, _tzinfo_base):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass")
        return cls._from_seconds(t, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_seconds(t, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(date_string) > 10 and date_string[10] in "T ":
                ymd = _parse_isoformat_date(date_string[:10], exact=True)
                rest = _parse_isoformat_time(date_string[11:])
            elif len(date_string) > 8 and date_string[8] == "T":
                ymd = _parse_isoformat_date(date_string[:8], exact=True)
                rest = _parse_isoformat_time(date_string[9:])
            else:
                ymd = _parse_isoformat_date(date_string, exact=True)
                rest = (0, 0, 0, 0, None)
            return cls(*ymd, *rest)
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % date_string) from None

    @classmethod
    def strptime(cls, date_string, format):
        return cls(*_strptime(date_string, format))

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def _naive_us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
                * 1000000 + self._microsecond)

    def _utc_us(self):
        off = self.utcoffset()
        return self._naive_us() - (off._to_us() if off is not None else 0)

    def timestamp(self):
        # Naive datetimes are local time, which is UTC here.
        return (self._utc_us() - _EPOCH_ORDINAL * 86400 * 1000000) / 10 ** 6

    def utctimetuple(self):
        return self.timetuple()

    def timetuple(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self.weekday(), _timeconv.yearday(self._year, self._month, self._day), -1)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        if self._tzinfo is tz:
            return self
        utc = self - (self.utcoffset() or timedelta(0))
        return tz.fromutc(utc.replace(tzinfo=tz))

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def isoformat(self, sep="T", timespec="auto"):
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + \
            _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        return "%s %2d %02d:%02d:%02d %04d" % (self.strftime("%a %b"), self._day, self._hour,
                                               self._minute, self._second, self._year)

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond, self._tzinfo, self)

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                 self._microsecond]
        while len(parts) > 5 and parts[-1] == 0:
            parts.pop()
        s = "%s.%s(%s" % (_module_name(self), type(self).__qualname__, ", ".join(map(str, parts)))
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % self._tzinfo
        if self._fold:
            s += ", fold=1"
        return s + ")"

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def _compare_us(self, other, allow_mixed):
        if (self._tzinfo is None) != (other._tzinfo is None):
            if allow_mixed:
                return None
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if self._tzinfo is None:
            return _cmp(self._naive_us(), other._naive_us())
        return _cmp(self._utc_us(), other._utc_us())

    def __eq__(self, other):
        if isinstance(other, datetime):
            result = self._compare_us(other, True)
            return result == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def _compare(self, other):
        if not isinstance(other, datetime):
            raise TypeError("can't compare %s to %s" % (type(self).__name__, type(other).__name__))
        return self._compare_us(other, False)

    def __hash__(self):
        return hash(self._utc_us() if self._tzinfo is not None else self._naive_us())

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._naive_us() + other._to_us()
        days, rest = divmod(us, 86400 * 1000000)
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        secs, micro = divmod(rest, 1000000)
        hh, rest = divmod(secs, 3600)
        mm, ss = divmod(rest, 60)
        y, m, d = _ymd_from_ord(days)
        return type(self)(y, m, d, hh, mm, ss, micro, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            if (self._tzinfo is None) != (other._tzinfo is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if self._tzinfo is None:
                return timedelta(microseconds=self._naive_us() - other._naive_us())
            return timedelta(microseconds=self._utc_us() - other._utc_us())
        return NotImplemented


_tzinfo_base = tzinfo
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


_STRPTIME_RANGES = {"m": (1, 12), "d": (1, 31), "H": (0, 23), "I": (1, 12), "M": (0, 59), "S": (0, 61),
                    "j": (1, 366)}


def _strptime(data, fmt):
    # The directives asyncio code parses timestamps with; text must match the format exactly.
    year, month, day, hour, minute, second, micro = 1900, 1, 1, 0, 0, 0, 0
    pm = None
    tz = None
    i = j = 0
    while i < len(fmt):
        c = fmt[i]
        if c != "%":
            if c.isspace():
                while j < len(data) and data[j].isspace():
                    j += 1
            elif j < len(data) and data[j] == c:
                j += 1
            else:
                raise ValueError("time data %r does not match format %r" % (data, fmt))
            i += 1
            continue
        d = fmt[i + 1:i + 2]
        i += 2
        widths = {"Y": 4, "m": 2, "d": 2, "H": 2, "M": 2, "S": 2, "y": 2, "I": 2, "f": 6, "j": 3}
        if d in widths:
            k = j
            while k < len(data) and k - j < widths[d] and data[k].isdigit():
                k += 1
            if k == j:
                raise ValueError("time data %r does not match format %r" % (data, fmt))
            value = int(data[j:k])
            low, high = _STRPTIME_RANGES.get(d, (0, value))
            while not low <= value <= high and k - j > 1:
                k -= 1  # as CPython's pattern (1[0-2]|0[1-9]|[1-9]): a shorter match, else none
                value = int(data[j:k])
            if not low <= value <= high:
                raise ValueError("time data %r does not match format %r" % (data, fmt))
            if d == "Y":
                year = value
            elif d == "y":
                year = value + (2000 if value < 69 else 1900)
            elif d == "m":
                month = value
            elif d == "d":
                day = value
            elif d in "HI":
                hour = value
            elif d == "M":
                minute = value
            elif d == "S":
                second = value
            elif d == "f":
                micro = int((data[j:k] + "000000")[:6])
            j = k
        elif d in ("b", "B", "a", "A"):
            names = _timeconv.MONTH_NAMES if d in "bB" else _timeconv.DAY_NAMES
            for idx, name in enumerate(names):
                for candidate in (name, name[:3]):
                    if data[j:j + len(candidate)].lower() == candidate.lower():
                        if d in "bB":
                            month = idx + 1
                        j += len(candidate)
                        break
                else:
                    continue
                break
            else:
                raise ValueError("time data %r does not match format %r" % (data, fmt))
        elif d == "p":
            tag = data[j:j + 2].upper()
            if tag not in ("AM", "PM"):
                raise ValueError("time data %r does not match format %r" % (data, fmt))
            pm = tag == "PM"
            j += 2
        elif d == "z":
            if data[j:j + 1] == "Z":
                tz = timezone.utc
                j += 1
            else:
                sign = -1 if data[j:j + 1] == "-" else 1
                digits = data[j + 1:j + 6].replace(":", "")
                tz = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))
                j += 6 if data[j + 3:j + 4] == ":" else 5
        elif d == "%":
            if data[j:j + 1] != "%":
                raise ValueError("time data %r does not match format %r" % (data, fmt))
            j += 1
        else:
            raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
    if j != len(data):
        raise ValueError("unconverted data remains: %s" % data[j:])
    if pm is not None:
        hour = hour % 12 + (12 if pm else 0)
    return year, month, day, hour, minute, second, micro, tz
