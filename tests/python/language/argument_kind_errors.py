# Wrong kinds of argument to common str/bytes methods and one-argument builtins: CPython 3.11's texts.
def attempt(label, call):
    try:
        print(label, "->", repr(call()))
    except TypeError as e:
        print(label, "-> TypeError:", e)

name = "report.txt"
attempt('name.endswith([".txt", ".csv"])', lambda: name.endswith([".txt", ".csv"]))
attempt('name.endswith((".txt", ".csv"))', lambda: name.endswith((".txt", ".csv")))
attempt('name.startswith(1)', lambda: name.startswith(1))
attempt('name.startswith(("a", 1))', lambda: name.startswith(("a", 1)))
attempt('name.startswith(b"r")', lambda: name.startswith(b"r"))
attempt('b"abc".startswith("a")', lambda: b"abc".startswith("a"))
attempt('b"abc".endswith((b"c", "c"))', lambda: b"abc".endswith((b"c", "c")))
attempt('b"abc".startswith(bytearray(b"a"))', lambda: b"abc".startswith(bytearray(b"a")))
attempt('b"abc".find("a")', lambda: b"abc".find("a"))
attempt('b"abc".index("b")', lambda: b"abc".index("b"))
attempt('b"abc".count("c")', lambda: b"abc".count("c"))
attempt('b"abc".find(b"c")', lambda: b"abc".find(b"c"))
attempt('"abc".find(b"a")', lambda: "abc".find(b"a"))
attempt('"abc".split(b"b")', lambda: "abc".split(b"b"))
attempt('"abc".strip(b"a")', lambda: "abc".strip(b"a"))
attempt('len()', lambda: len())
attempt('len([], [])', lambda: len([], []))
attempt('abs()', lambda: abs())
attempt('ord()', lambda: ord())
attempt('ord("a", "b")', lambda: ord("a", "b"))
attempt('repr()', lambda: repr())
attempt('callable()', lambda: callable())
attempt('len([1, 2])', lambda: len([1, 2]))
attempt('"  abc  ".strip(None)', lambda: "  abc  ".strip(None))
attempt('"xabcx".rstrip(1)', lambda: "xabcx".rstrip(1))
attempt('b"abc".strip("a")', lambda: b"abc".strip("a"))
attempt('b"a,b".split(",")', lambda: b"a,b".split(","))
attempt('"a,b".split(",")', lambda: "a,b".split(","))
for bad in (float("nan"), float("inf"), -float("inf")):
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(int(2.9), int(-2.9), round(2.5), round(3.5))
