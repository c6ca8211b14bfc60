# str and bytes slices with a step, as teaching code uses them (palindromes, every other letter).
word = "racecar"
print(word[::-1], word == word[::-1])
print("abcdef"[::2], "abcdef"[1::2], "abcdef"[::-2], "abcdef"[4:1:-1], "abcdef"[-1:-4:-1])
print(repr("abcdef"[1:5:10]), repr("abc"[5:0:-1]), repr(""[::-1]))
print("héllo wörld"[::-1], "日本語テキスト"[::2], "ça va"[-1::-2])
print(b"abcdef"[::-1], b"abcdef"[::3], b"\x00\xff\x10"[::-1])
print(" ".join(w[::-1] for w in "stressed desserts".split()))
s = "0123456789"
for step in (1, 2, 3, -1, -3):
    print(step, s[::step], s[8:2:step] if step < 0 else s[2:8:step])
try:
    "abc"[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc"[::0]
except ValueError as e:
    print("ValueError:", e)
print(type("é"[::-1]).__name__, type(b"x"[::-1]).__name__)
print("abc"[::2**70], repr("héllo"[::-2**70]), b"abc"[::-(2**64)], "abcdef"[-2**80:2**80:2], "abc"[True::1])
for bad in ('"abc"[::"x"]', '"abc"[1.5::2]', 'b"abc"[::None or 1.0]'):
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError:", e)
