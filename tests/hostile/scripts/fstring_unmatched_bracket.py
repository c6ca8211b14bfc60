# An f-string field with an unmatched bracket on a line of its own: CPython says the string is
# unterminated; the lexer once ran past the end of the source without end (found by fuzzing).
# expect: SyntaxError
async def main():
        print(f"{loop.t d) for i, d in enumerate([0.5, 2.0, 3.0])]
        print(f"{loop.time():.1f}: timed out waiting for the rest")
