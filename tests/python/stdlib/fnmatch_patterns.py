# fnmatch: wildcard matching (*, ?, sets, ranges, negation, literal brackets), filter, translate's regex text and type errors.
import fnmatch
from fnmatch import fnmatch as match, fnmatchcase, filter, translate

names = ["main.py", "test_main.py", "README.md", "setup.cfg", ".hidden.py", "a.PY", "data[1].csv", "x\ny.py", "notes.txt", "-dash"]
for pat in ["*.py", "*.[Pp][Yy]", "test_*", "?????.*", "[!.]*", "*[0-9]*", "data[[]1].csv", "[a-c]*", "[!a-z]*",
            "*", "", "*.*.*", "[-]*", "[]]", "*\n*", "*main*", "[z-a]*", "[!z-a]*", "**.md", "x?y.py"]:
    print(repr(pat), filter(names, pat))

print(match("Makefile", "makefile"), fnmatchcase("Makefile", "makefile"), match("a/b/c.py", "a/*.py"), match("a/b", "a?b"))
print(fnmatchcase(b"image.PNG", b"*.PNG"), fnmatchcase(b"caf\xe9", b"caf?"), filter([b"a.c", b"b.h"], b"*.[ch]"))
print(match("[abc]", "[abc]"), match("a", "[abc]"), match("[", "["), match("[!", "[!"), match("[!]", "[!]"), match("]", "[]]"))
print(match("abc", "a*b*c"), match("aXbYc", "a*b*c"), match("acb", "a*b*c"), match("aaaaaaaaaaaaaaaaaaaaaaaaaaab", "*a*a*a*a*a*a*a*c"))

for pat in ["*.py", "a*b*c", "*", "**", "a?c", "[!a-c]", "[]]", "[!]]", "[a-", "[!]", "[z-a]", "[!z-a]", "x[a-c-e]y",
            "[--a]", "[&~|]", "[\\]", "[^a]", "[[a]", "*a*", "a.b+c(d)", "# x", "[a-z]*.txt", "*.[ch]", "[c-b-a]", "é?"]:
    print(repr(pat), repr(translate(pat)))

for args in [("a", b"a"), (b"a", "a"), ("a", None), (None, "a")]:
    try:
        fnmatchcase(*args)
    except TypeError as exc:
        print("TypeError", exc)
print(sorted(fnmatch.__all__))
