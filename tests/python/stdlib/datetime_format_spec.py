# datetime in format specs: f"{d:%B %d, %Y}" calls date.__format__ (needs __format__ support in
# str.format and f-strings; see README.md).
from datetime import date, datetime

today = date(2024, 2, 28)
print(f"{today:%B %d, %Y}", "{:%H:%M}".format(datetime(2024, 3, 9, 14, 5)), format(today, "%Y"))
