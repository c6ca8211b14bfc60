# datetime in format specs: f"{d:%B %d, %Y}" calls date.__format__ (str.format, f-strings and
# the format() builtin).
from datetime import date, datetime

today = date(2024, 2, 28)
print(f"{today:%B %d, %Y}", "{:%H:%M}".format(datetime(2024, 3, 9, 14, 5)), format(today, "%Y"))
