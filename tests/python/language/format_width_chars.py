# Widths and precisions count characters, not UTF-8 bytes, in str.format, f-strings and %: tables
# with accented names, symbols and CJK text line up as in CPython; fill characters beyond ASCII.
rows = [("Zürich", 21.5, "✓"), ("東京", 25.0, "✗"), ("Köln", 18.25, "✓"), ("São Paulo", 30.1, "✓")]
print(f"{'city':<12}|{'°C':>8}|{'ok':^5}|")
for city, temp, ok in rows:
    print(f"{city:<12}|{temp:>7.1f}°|{ok:^5}|")
for city, temp, ok in rows:
    print("%-12s|%8.2f|%3s|" % (city, temp, ok))
    print("{:>12}|{!r:>14}|".format(city, city))
print(f"[{'é':>3}] [{'é':<3}] [{'é':^5}]")
print(f"[{'héllo':.2}] [{'naïve':.3}] [{'日本語テキスト':.4}]")
print("[%.2s] [%5.1s] [%-4c] [%3c]" % ("héllo", "ñandú", "é", 0x263A))
print(f"{'title':─^21}")
print(f"{'':═<10}|{'x':★>4}|{'end':•^9}")
print("{:·^11}".format("mid"))
print(f"{'ab':>5}|{'ab':*<5}|")
