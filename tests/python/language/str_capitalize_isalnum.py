# str.capitalize, str.isalnum and str.isprintable as CPython 3.11's (ASCII letters, digits and
# numeric characters, control and format characters).
for s in ["hello world", "HELLO", "", "123abc", "a1", "a 1", "\u0663x", "\u00bd", "abc!", "tab\t",
          "\x00", "ok\u00a0", "emoji\U0001F600", "\u200b", "MiXeD cAsE", "ninety9", "x_y"]:
    print(repr(s), repr(s.capitalize()), s.isalnum(), s.isprintable())
print([w.capitalize() for w in "the quick brown fox".split()])
print(sum(1 for c in "Hello, World 42!" if c.isalnum()))
try:
    str.isalnum(5)
except TypeError as e:
    print("TypeError")
