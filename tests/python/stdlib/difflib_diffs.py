import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
for op in s.get_opcodes():
    print(op)
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.find_longest_match(0, 29, 0, 38))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print("{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}".format(tag, i1, i2, j1, j2, s.a[i1:i2], s.b[j1:j2]))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheal", "shell", "hello"], n=2, cutoff=0.5))
print(difflib.get_close_matches("cancel", ["cancelled", "cancel_task", "callback", "create_task"]))
a = """one
two
three
four
five
six
seven
eight
nine
ten""".splitlines(keepends=True)
b = """one
2
three
four
five and a half
six
seven
eight
nine
ten
eleven""".splitlines(keepends=True)
print("".join(difflib.unified_diff(a, b, fromfile="before.txt", tofile="after.txt")), end="")
print("".join(difflib.context_diff(a, b, fromfile="before.txt", tofile="after.txt", n=1)), end="")
for line in difflib.unified_diff(["a", "b"], ["a", "c"], lineterm=""):
    print(line)
diff = list(difflib.ndiff("one\ntwo\nthree\n".splitlines(keepends=True),
                          "ore\ntree\nemu\n".splitlines(keepends=True)))
print("".join(diff), end="")
print("".join(difflib.restore(diff, 1)), end="")
print("".join(difflib.ndiff(["the task was cancelled\n", "done\n"], ["the task was canceled\n", "done!\n"])), end="")
text1 = ["async def main():\n", "    await asyncio.sleep(1)\n", "    print('done')\n"]
text2 = ["async def main():\n", "    await asyncio.sleep(2)\n", "    print('finished')\n", "asyncio.run(main())\n"]
print("".join(difflib.Differ().compare(text1, text2)), end="")
big_a = [str(i % 7) for i in range(300)]
big_b = [str(i % 7) for i in range(0, 300, 2)]
sm = difflib.SequenceMatcher(None, big_a, big_b)
print(round(sm.ratio(), 4), len(sm.get_opcodes()), sorted(sm.bpopular)[:3])
print(list(difflib.SequenceMatcher(None, "", "").get_grouped_opcodes()))
try:
    difflib.get_close_matches("x", ["y"], n=0)
except ValueError as exc:
    print(exc)
