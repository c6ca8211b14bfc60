import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

utc = ZoneInfo("UTC")
print(repr(utc), str(utc), utc.key, utc is ZoneInfo("UTC"))
now = datetime.datetime.fromtimestamp(86400 * 365, tz=utc)
print(now, now.tzname(), now.utcoffset(), now.dst(), now.isoformat())
dt = datetime.datetime(2024, 3, 10, 12, 30, tzinfo=ZoneInfo("Etc/UTC"))
print(dt, dt.tzname(), dt.astimezone(ZoneInfo("Etc/GMT+5")), dt.astimezone(ZoneInfo("Etc/GMT-9")).tzname())
print(datetime.datetime(2024, 1, 1, tzinfo=ZoneInfo("GMT")).strftime("%Y-%m-%d %H:%M %Z"))
print(ZoneInfo("Etc/GMT+5").utcoffset(None), ZoneInfo("Etc/GMT-14").utcoffset(None))
for key in ("Etc/GMT+13", "Etc/GMT-15"):
    try:
        ZoneInfo(key)
    except ZoneInfoNotFoundError as exc:
        print("ZoneInfoNotFoundError", isinstance(exc, KeyError), str(exc)[:40])
try:
    ZoneInfo("/etc/localtime")
except ValueError as exc:
    print(exc)
