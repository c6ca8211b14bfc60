# time.strptime gives a struct_time (tm_isdst -1, no zone), with CPython's default format and its
# ValueErrors.
import time

t = time.strptime("2024-03-05 10:20:30", "%Y-%m-%d %H:%M:%S")
print(t)
print(t.tm_wday, t.tm_yday, t.tm_zone, t.tm_gmtoff, t[:3], time.mktime(t) == time.mktime(t))
print(time.strptime("Tue Mar  5 10:20:30 2024"))
print(time.strftime("%d/%m/%Y %A", time.strptime("31 Dec 2023", "%d %b %Y")))
print(time.strptime("2023-12-31", "%Y-%m-%d").tm_yday, time.strptime("2024-12-31", "%Y-%m-%d").tm_yday)
for bad in [("nope", "%Y"), ("2024-13-01", "%Y-%m-%d"), ("2024-01-01 extra", "%Y-%m-%d")]:
    try:
        time.strptime(*bad)
    except ValueError as e:
        print("ValueError:", e)
