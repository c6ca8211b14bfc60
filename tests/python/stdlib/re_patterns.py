# re: parsing log lines and commands in asyncio programs; CPython's results, reprs and errors.
import asyncio
import re

line = "2024-03-09 14:05:07 WARNING [worker-3] took 1.25s (limit 1s)"
m = re.match(r"(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+) \[(?P<who>[\w-]+)\]", line)
print(m, m.group(), m.group("level", "who"), m.groups(), m.groupdict(), m.span("who"), m["date"])
print(m.start(3), m.end(3), m.lastindex, m.lastgroup, m.re.groups, sorted(m.re.groupindex.items()))
print(re.search(r"took (\d+(?:\.\d+)?)s", line).group(1), re.search(r"\bERROR\b", line))
print(re.findall(r"\d+", line), re.findall(r"(\w)-(\d)", line), re.findall(r"[aeiou]{2}", "queue sleep loop"))
print([m.span() for m in re.finditer(r"o+", "foo boo zoo")], re.fullmatch(r"\w+", "abc_1"), re.fullmatch(r"\w+", "ab c"))
print(re.sub(r"\s+", " ", "a   b \t c\n d"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host you@there"))
print(re.sub(r"(?P<n>\d+)", lambda mm: str(int(mm.group("n")) * 2), "3 tasks, 14 steps"), re.subn("a", "b", "banana"))
print(re.sub(r"\d", "#", "a1b22c333", count=2), re.sub("x*", "-", "abxd"), re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b"), re.split(r"\s+", " lead trail ", maxsplit=1))
print(re.split(r"\b", "one two"), re.split("x*", "axbc"), re.findall(r"", "ab"))
print(re.match("(?i)hello", "HeLLo World"), re.search("world$", "hello\nworld"), re.findall(r"^\w", "a\nb\nc", re.M))
print(re.search(r"a.c", "a\nc"), re.search(r"a.c", "a\nc", re.DOTALL), re.search(r"(?s:a.c)", "a\nc").group())
print(re.findall(r"(?<=\$)\d+", "cost $12 and $7"), re.findall(r"\d+(?!px)\b", "10px 20 30em"), re.findall(r"(?<!-)\b\d", "-1 2"))
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups(), re.match(r"(\w+?)(\d*)$", "abc123").groups(), re.match(r"a{2,3}", "aaaa"))
print(re.match(r"(\w)\1", "aa b"), re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' now").group(), re.match(r"(a)?b", "b").groups())
print(re.compile(r"\d+"), re.compile("x", re.I | re.M), re.compile("a") == re.compile("a"), re.compile("[a-f]+", re.IGNORECASE).findall("Face BEEF"))
print(re.escape("1+1=2? (yes) $5.00 a-b"), re.match(re.escape("a.b"), "axb"))
verbose = re.compile(r"""
    (\d+)    # amount
    \s*      # optional space
    (ms|s)   # unit
""", re.VERBOSE)
print(verbose.findall("5ms 2 s 30s"), re.compile(r"\d+").search("abc 42 def", 5), re.compile(r"\d").match("a1", 1))
m2 = re.match(r"(?P<key>\w+)=(?P<value>\w*)", "retries=")
print(m2.expand(r"\g<key> -> [\g<value>] \1"), m2.groupdict(), re.match(r"(a)(b)?", "a").groups("-"), m2.regs)
print(re.match(r"(ab)*", "ababx").group(1), re.match(r"(ab)*?x", "ababx").span(1), re.match(r"(?:ab){2}(c)?", "ababd").groups(),
      re.match(r"(ab)+b", "ababb").span(), re.match(r"(a)*", "b").group(1), len(re.match(r"(?:xy)*", "xy" * 3000).group()))
for bad in ["(abc", "abc)", "*a", "[a-", r"\q", "a{3,1}", "(?P<1x>a)", r"(a)\2", "a**"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error:", e, "|", e.msg, e.pos)


async def handle(command):
    await asyncio.sleep(0.01)
    match = re.fullmatch(r"(get|set)\s+(\w+)(?:\s+(\d+))?", command)
    if not match:
        return "bad command: %r" % command
    verb, key, value = match.groups()
    return "%s %s %s" % (verb.upper(), key, value)


async def main():
    print(await asyncio.gather(*(handle(c) for c in ["get x", "set y 10", "del z", "set  w"])))


asyncio.run(main())
