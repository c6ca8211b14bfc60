# calendar: leap years, weekdays, month ranges and tables, the text of month()/prmonth()/calendar(), Calendar iterators, timegm and errors.
import calendar
import datetime

print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.isleap(2023))
print(calendar.leapdays(1900, 2000), calendar.leapdays(2000, 2001), calendar.leapdays(2024, 2000), calendar.leapdays(-100, 100))
print(calendar.weekday(2024, 2, 29), calendar.weekday(1970, 1, 1), calendar.weekday(10000, 1, 1), calendar.weekday(0, 3, 1))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(1900, 2), calendar.monthrange(2021, 12))
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr), len(calendar.month_name), len(calendar.day_abbr))
print(calendar.month_name[1:4], calendar.day_abbr[-1], calendar.month_abbr[0] == "", calendar.MONDAY, calendar.SUNDAY)
print(calendar.monthcalendar(2024, 2))
print(calendar.firstweekday(), calendar.weekheader(2), "|" + calendar.weekheader(3) + "|", calendar.weekheader(9))
print(calendar.weekheader(1), calendar.weekheader(12))
print(calendar.month(2024, 2))
print(repr(calendar.month(2023, 10)))
calendar.prmonth(1999, 12)
calendar.prmonth(2021, 2, w=3, l=2)
print(calendar.month(2024, 9, 5))
print(calendar.calendar(2024))
print(calendar.calendar(2023, w=3, l=1, c=2, m=4))
calendar.prcal(2025, m=2)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2))
print(calendar.month(2024, 3))
print(calendar.monthcalendar(2024, 3))
calendar.setfirstweekday(0)

cal = calendar.Calendar(firstweekday=6)
print(cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()))
print([d.isoformat() for d in cal.itermonthdates(2024, 2)][:10])
print(list(cal.itermonthdays(2024, 2))[:10], list(cal.itermonthdays2(2024, 2))[:4])
print(list(cal.itermonthdays3(2023, 12))[-7:], list(cal.itermonthdays4(2024, 1))[:3])
print(cal.monthdatescalendar(2024, 1)[0], len(cal.monthdatescalendar(2024, 1)))
print(len(cal.yeardatescalendar(2024)), len(cal.yeardays2calendar(2024, width=4)), cal.yeardayscalendar(2024, 6)[0][0][0])
cal.firstweekday = 9
print(cal.firstweekday, list(cal.iterweekdays()))
tc = calendar.TextCalendar(firstweekday=2)
print(tc.formatmonth(2024, 5, w=4))
print(repr(tc.formatweek(tc.monthdays2calendar(2024, 5)[0], 3)), repr(tc.formatmonthname(2024, 5, 20)), repr(tc.formatmonthname(2024, 5, 20, False)))
print(repr(tc.formatday(7, 0, 4)), repr(tc.formatday(0, 0, 3)), repr(tc.formatweekday(0, 2)), repr(tc.formatweekday(0, 10)))
tc.prweek(tc.monthdays2calendar(2024, 5)[1], 2)
print("|")
print(repr(calendar.formatstring(["a", "bb", "ccc"], 5, 2)))
calendar.format(["x", "y"], 4, 1)

print(calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2024, 2, 29, 12, 30, 15, 3, 60, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
print(calendar.timegm(datetime.datetime(2000, 1, 1, 0, 0, 1).timetuple()), calendar.timegm((2024, 1, 40, 0, 0, 0)))

for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.monthrange(2024, 0), lambda: calendar.setfirstweekday(7),
            lambda: calendar.month(2024, 13), lambda: calendar.monthcalendar(2024, -1), lambda: calendar.weekday(2024, 2, 30),
            lambda: calendar.timegm((2024, 13, 1, 0, 0, 0)), lambda: calendar.month_name[13]]:
    try:
        bad()
    except (ValueError, IndexError) as exc:
        print(type(exc).__name__, exc, exc.args, isinstance(exc, ValueError))
print(calendar.error is ValueError, issubclass(calendar.IllegalMonthError, ValueError), repr(calendar.IllegalWeekdayError(9)))
print(calendar.mdays, calendar.EPOCH, calendar.January, calendar.February)
