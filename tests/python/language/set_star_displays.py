# PEP 448 set displays {*a, *b} (with the list/tuple/dict ones), CPython 3.11's errors for misuse.
a = {1, 2}
b = [2, 3]
print(sorted({*a, *b}), sorted({*a}), sorted({0, *b, 9}), sorted({*range(3), *[7, 8]}), {*()} == set())
d = {**{"x": 1}, "y": 2}
print(d, sorted([*a, *b]), (*b, 4))
for src in ["{*a for a in b}", "{'k': 1, *b}", "{*b, 'k': 1}"]:
    try:
        compile(src, "<s>", "eval")
    except SyntaxError as e:
        print("SyntaxError")
try:
    {*5}
except TypeError as e:
    print("TypeError:", e)
