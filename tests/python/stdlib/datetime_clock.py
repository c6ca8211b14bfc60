# datetime: timestamps of events on the run's clock, durations, formatting and parsing.
import asyncio
import time
from datetime import datetime, date, timedelta, timezone, time as dtime

d = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=500000)
print(d, repr(d), d.total_seconds(), d.days, d.seconds, d.microseconds)
print(timedelta(), repr(timedelta()), timedelta(seconds=-1), repr(timedelta(seconds=-1)), timedelta(weeks=2))
print(timedelta(milliseconds=1500), timedelta(minutes=1.5), timedelta(hours=-25), timedelta(days=3) / 2)
print(timedelta(hours=1) * 3, timedelta(hours=1) // timedelta(minutes=7), timedelta(hours=1) % timedelta(minutes=7),
      timedelta(hours=1) / timedelta(minutes=30), -timedelta(hours=1), abs(timedelta(hours=-1)))
print(timedelta(seconds=1) < timedelta(seconds=2), timedelta(hours=1) == timedelta(minutes=60),
      sorted([timedelta(3), timedelta(1)]), bool(timedelta(0)), timedelta(seconds=0.5))

dt = datetime(2024, 3, 9, 14, 5, 7, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(sep=" ", timespec="milliseconds"), dt.date(), dt.time())
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 5, 0, 3)), datetime(2024, 1, 1))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %p %I %y %%"), dt.strftime("%c | %x | %X"))
print(dt + timedelta(days=30), dt - timedelta(hours=15), dt - datetime(2024, 1, 1), dt.weekday(), dt.isoweekday())
print(dt.replace(year=2025, microsecond=0), dt.timestamp(), datetime.fromtimestamp(1700000000.25),
      datetime.utcfromtimestamp(0))
print(datetime.fromisoformat("2024-03-09T14:05:07"), datetime.fromisoformat("2024-03-09 14:05:07.5"),
      datetime.fromisoformat("2024-03-09"), repr(datetime.fromisoformat("2024-03-09T10:00:00+02:00")))
print(datetime.strptime("2024-03-09 14:05", "%Y-%m-%d %H:%M"), datetime.strptime("9 Mar 2024", "%d %b %Y"))
print(dt > datetime(2024, 1, 1), dt == datetime(2024, 3, 9, 14, 5, 7, 123456), max(dt, datetime(2030, 1, 1)))
print(dt.ctime(), date(2024, 3, 9).ctime(), dt.isocalendar(), date(2021, 1, 3).isocalendar())

today = date(2024, 2, 28)
print(today, repr(today), today + timedelta(days=2), date(2024, 3, 1) - today, today.replace(day=1),
      today.toordinal(), date.fromordinal(738944), date.fromisoformat("2023-12-31"), today.strftime("%d/%m/%Y"))
print(date(2023, 2, 28) < date(2024, 1, 1), date.min, date.max, today.weekday())

utc = timezone.utc
aware = datetime(2024, 3, 9, 12, 0, tzinfo=utc)
plus2 = timezone(timedelta(hours=2))
print(aware, repr(aware), aware.astimezone(plus2), repr(plus2), plus2, timezone(timedelta(hours=-5), "EST"))
print(aware.isoformat(), aware.strftime("%H:%M %z %Z"), aware == aware.astimezone(plus2), aware.timestamp(),
      datetime.fromtimestamp(0, utc), aware.utcoffset(), aware.tzname())
t = dtime(9, 30)
print(t, repr(t), dtime(23, 59, 59, 1), repr(dtime(1, 2, 3)), t.strftime("%I:%M %p"), dtime.fromisoformat("07:08:09"))

for bad in [lambda: date(2023, 2, 29), lambda: datetime(2024, 13, 1), lambda: dtime(24),
            lambda: datetime.fromisoformat("2024-3-9"), lambda: datetime.strptime("2024", "%Y-%m"),
            lambda: datetime(2024, 1, 1) < aware]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# now()/today() read the run's clock here; under vtime.py CPython's datetime.now() reads the real
# clock (only time.time is virtual there), so no CPython output can be compared for them.
