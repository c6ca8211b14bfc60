# str.ljust / rjust / zfill (and on bytes), as tables of results are usually printed.
rows = [("fetch", 0.25, 3), ("parse", 1.5, 12), ("héllo ✓", 10.0, 100)]
print("name".ljust(10) + "secs".rjust(8) + "n".rjust(5))
for name, secs, n in rows:
    print(name.ljust(10, ".") + str(secs).rjust(8) + str(n).rjust(5, "_") + "|")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3), "-".zfill(3))
print("x".ljust(-1) + "|", "x".rjust(0) + "|", "ab".ljust(3, "✓"), "ab".rjust(4, "é"))
print(b"ab".ljust(4, b"-"), b"ab".rjust(4), b"-5".zfill(4))
for bad in ("ab", ""):
    try:
        "x".ljust(5, bad)
    except TypeError as e:
        print("TypeError:", e)
