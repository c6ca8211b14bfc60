# textwrap: wrapping log lines and docstrings, shortening, dedent/indent.
import textwrap

text = ("The event loop runs one task at a time; a well-known consequence is that a blocking call "
        "stalls every other coroutine until it returns.")
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world", width=11))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("a-very-long-hyphenated-identifier here", 12))
print(textwrap.wrap("no\tbreaks\there", 8), textwrap.wrap("", 10), textwrap.wrap("   ", 5))
print(textwrap.fill(text, 25, max_lines=3))
doc = """
    async def main():
        await asyncio.sleep(1)
      
    asyncio.run(main())
"""
print(repr(textwrap.dedent(doc)))
print(textwrap.indent("line one\n\nline two\n", "> "))
print(textwrap.indent("a\nb\n", "+", lambda line: True))
w = textwrap.TextWrapper(width=20, break_long_words=False)
print(w.wrap("short words and averyveryverylongword inside"))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError:", e)
