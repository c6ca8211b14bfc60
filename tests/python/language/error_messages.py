# CPython's wording of the errors learners read most: ZeroDivisionError per operation, int() of a
# bad literal, NameError.
cases = ["1 / 0", "1 // 0", "1 % 0", "divmod(1, 0)", "1.0 / 0", "1.5 // 0", "2.0 % 0", "divmod(1.0, 0)",
         "10 ** 30 / 0", "10 ** 30 // 0", "10 ** 30 % 0", "7 / 0.0"]
for case in cases:
    try:
        eval(case)
    except ZeroDivisionError as e:
        print(f"{case:>16} -> {e}")

x = 10
try:
    x //= 0
except ZeroDivisionError as e:
    print("x //= 0 ->", e)

for text in ["two", "3.5", "", "0x1f"]:
    try:
        int(text)
    except ValueError as e:
        print(e)
try:
    int("z", 16)
except ValueError as e:
    print(e)

try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)


def uses_missing():
    return missing_helper()


try:
    uses_missing()
except NameError as e:
    print("NameError:", e)
