# The str methods of CPython 3.11 that teaching scripts use, with CPython's results and errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

show("center", lambda: "hi".center(10, "*"))
show("center odd", lambda: ["ab".center(w, "-") for w in range(1, 8)])
show("center abc", lambda: ["abc".center(w, ".") for w in range(4, 8)])
show("center default", lambda: "title".center(11))
show("center bytes", lambda: b"ab".center(7, b"="))
show("center bad fill", lambda: "x".center(5, "ab"))
show("center int fill", lambda: "x".center(5, 0))
print("center unicode", "héé".center(7, "·"))
show("swapcase", lambda: "Hello World 123".swapcase())
show("title", lambda: "the quick brown fox".title())
show("title apostrophe", lambda: "they're bill's friends from the UK".title())
show("title digits", lambda: "3rd place, 2nd-best".title())
show("istitle", lambda: ["Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "".istitle(), "123 A".istitle(), "A1b".istitle()])
show("casefold", lambda: ["Straße".casefold(), "HeLLo".casefold()])
show("expandtabs", lambda: "a\tbc\tdef\tg".expandtabs())
show("expandtabs 4", lambda: "1\t22\t333\n4444\t5".expandtabs(4))
show("expandtabs kw", lambda: "x\ty".expandtabs(tabsize=2))
show("expandtabs 0", lambda: "x\ty".expandtabs(0))
show("isidentifier", lambda: [s.isidentifier() for s in ("name", "_x1", "1x", "my-var", "", "class", "café")])
show("isascii", lambda: ["hello".isascii(), "héllo".isascii(), "".isascii()])
show("isdecimal", lambda: [s.isdecimal() for s in ("123", "12.5", "", "½", "²", "٣")])
show("isnumeric", lambda: [s.isnumeric() for s in ("123", "½", "²", "Ⅻ", "一二", "1a", "")])
show("removeprefix", lambda: ["test_case".removeprefix("test_"), "case".removeprefix("test_"), "abc".removeprefix("")])
show("removesuffix", lambda: ["report.txt".removesuffix(".txt"), "report".removesuffix(".txt")])
show("removeprefix bad", lambda: "x".removeprefix(1))
show("format_map", lambda: "{name} is {age} years".format_map({"name": "Ada", "age": 36}))
show("format_map spec", lambda: "{x:>{w}}|{x!r}".format_map({"x": "hi", "w": 5}))


class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"


show("format_map missing", lambda: "{a} and {b}".format_map(Default(a=1)))
show("format_map braces", lambda: "{{literal}} {a}".format_map({"a": 2}))
show("format_map keyerror", lambda: "{a}".format_map({}))
show("format_map positional", lambda: "{0}".format_map({}))
table = str.maketrans("abc", "xyz")
show("maketrans 2", lambda: sorted(table.items()))
show("translate", lambda: "aabbcc cab".translate(table))
show("maketrans 3", lambda: "hello, world!".translate(str.maketrans("lo", "01", ",!")))
show("maketrans dict", lambda: "cat".translate(str.maketrans({"c": "b", "t": None, ord("a"): "u"})))
show("maketrans self", lambda: "x".maketrans("a", "b"))
show("maketrans unequal", lambda: str.maketrans("ab", "c"))
show("maketrans not dict", lambda: str.maketrans("ab"))
show("maketrans long key", lambda: str.maketrans({"ab": "c"}))
show("translate dict", lambda: "abc".translate({97: "AA", 98: None}))
show("translate bad", lambda: "abc".translate({97: 1.5}))
show("rot13", lambda: "Hello".translate(str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")))
print("title" in dir(""), "removeprefix" in dir(str))
show("maketrans none", lambda: str.maketrans())
show("maketrans four", lambda: str.maketrans("a", "b", "c", "d"))
