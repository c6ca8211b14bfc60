# Calendar arithmetic and strftime for the shims (logging's asctime, datetime): this interpreter's
# `time` module has only the clocks (time, monotonic, perf_counter, sleep), no localtime/strftime.
# There is no time zone database in the sandbox: local time is UTC (as the conformance machine's).
#
# broken_down(seconds) -> (year, month, day, hour, minute, second, weekday (Mon=0), yearday (1..366))
# strftime(fmt, fields, microsecond=0, utcoffset="", tzname="") formats as C's strftime in the C locale.

_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year, month):
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def days_from_civil(year, month, day):
    # Days since 1970-01-01 (proleptic Gregorian).
    y = year - (1 if month <= 2 else 0)
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    mp = (month + 9) % 12
    doy = (153 * mp + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def civil_from_days(days):
    z = days + 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y), m, d


def yearday(year, month, day):
    return _DAYS_BEFORE_MONTH[month] + day + (1 if month > 2 and is_leap(year) else 0)


def weekday(year, month, day):
    return (days_from_civil(year, month, day) + 3) % 7  # 1970-01-01 was a Thursday


def broken_down(seconds):
    whole = int(seconds // 1)
    days, rest = divmod(whole, 86400)
    year, month, day = civil_from_days(days)
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    return (year, month, day, hour, minute, second, (days + 3) % 7, yearday(year, month, day))


def _iso_week(year, month, day):
    wd = weekday(year, month, day)
    thursday = days_from_civil(year, month, day) - wd + 3
    iso_year = civil_from_days(thursday)[0]
    first_thursday = days_from_civil(iso_year, 1, 1)
    first_thursday += (3 - (first_thursday + 3) % 7) % 7
    return iso_year, (thursday - first_thursday) // 7 + 1, wd + 1


def strftime(fmt, fields, microsecond=0, utcoffset="", tzname=""):
    year, month, day, hour, minute, second, wday, yday = fields[:8]
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 == n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == "Y":
            out.append("%d" % year)
        elif d == "m":
            out.append("%02d" % month)
        elif d == "d":
            out.append("%02d" % day)
        elif d == "H":
            out.append("%02d" % hour)
        elif d == "M":
            out.append("%02d" % minute)
        elif d == "S":
            out.append("%02d" % second)
        elif d == "f":
            out.append("%06d" % microsecond)
        elif d == "y":
            out.append("%02d" % (year % 100))
        elif d == "b" or d == "h":
            out.append(MONTH_NAMES[month - 1][:3])
        elif d == "B":
            out.append(MONTH_NAMES[month - 1])
        elif d == "a":
            out.append(DAY_NAMES[wday][:3])
        elif d == "A":
            out.append(DAY_NAMES[wday])
        elif d == "w":
            out.append("%d" % ((wday + 1) % 7))
        elif d == "u":
            out.append("%d" % (wday + 1))
        elif d == "j":
            out.append("%03d" % yday)
        elif d == "I":
            out.append("%02d" % (hour % 12 or 12))
        elif d == "p":
            out.append("AM" if hour < 12 else "PM")
        elif d == "e":
            out.append("%2d" % day)
        elif d == "z":
            out.append(utcoffset)
        elif d == "Z":
            out.append(tzname)
        elif d == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (DAY_NAMES[wday][:3], MONTH_NAMES[month - 1][:3],
                                                       day, hour, minute, second, year))
        elif d == "x" or d == "D":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif d == "X" or d == "T":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif d == "F":
            out.append("%d-%02d-%02d" % (year, month, day))
        elif d == "R":
            out.append("%02d:%02d" % (hour, minute))
        elif d == "G" or d == "V":
            iso = _iso_week(year, month, day)
            out.append("%d" % iso[0] if d == "G" else "%02d" % iso[1])
        elif d == "U":
            out.append("%02d" % ((yday + 6 - (wday + 1) % 7) // 7))
        elif d == "W":
            out.append("%02d" % ((yday + 6 - wday) // 7))
        elif d == "n":
            out.append("\n")
        elif d == "t":
            out.append("\t")
        elif d == "%":
            out.append("%")
        else:
            out.append("%" + d)
    return "".join(out)
