# Case methods on letters beyond ASCII, as CPython 3.11 gives them: Latin-1 and Latin Extended-A,
# Greek (with the final sigma), Cyrillic, letters without case (CJK, kana), and Unicode's mappings
# that change the length ('ß' -> 'SS', 'İ' -> 'i̇', 'ŉ' -> 'ʼN'). bytes keep ASCII rules.
words = ["José", "Zoë", "straße", "ÉCOLE", "Ελληνικά", "ΟΔΥΣΣΕΥΣ", "Москва", "ПРИВЕТ мир",
         "Ærøskøbing", "Łódź", "İstanbul", "ıi", "ſ", "中文", "A中", "日本語テキスト", "ÿ", "µ", "ĸ",
         "Ő", "Čeština", "ŉ", "ΣΑΣ ΣΑΣ", "Σ"]
for w in words:
    print(w, w.upper(), w.lower(), w.isalpha(), w.isupper(), w.islower(), w.title(), w.capitalize(),
          w.swapcase(), w.casefold())
print("café au lait".title(), "crème brûlée".upper(), "NAÏVE".lower())
print(b"abc\xc3\xa9".upper(), b"ABC".lower())
names = ["Émile", "zoë", "Ángel", "bob"]
print(sorted(n.lower() for n in names), [n.capitalize() for n in names])
print(len("straße".upper()), "ÉCOLE" == "école".upper(), "Straße".lower() == "straße")
