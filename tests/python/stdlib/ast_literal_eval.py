import ast

for s in ["x", "foo(1)", "a.b", "x[0]", "1*2", "1 < 2", "-x", "1 +", "(1,", "[1, 2", "'a' b'b'", "{1: x}",
          "1+1", "set([1])", "", "  1", "1\n", "(1)", "()", "{}", "set()", "-1.5", "+3", "1-2j",
          "{'a': [1, (2, 3)], 'b': {4, 5}}", "b'x' b'y'", "'a' 'b'", "0x1F", "True", "None", "-True",
          "[1, 2,]", "(1, 2)", "1, 2", "{'k': -3e2, 2: (None,)}", "'tab\\there'", "r'\\d+'", "1_000",
          "[\n  1,\n  2,\n]", "__import__('os')", "[x for x in ()]", "lambda: 0", "not True", "f'{1}'",
          "'''multi\nline'''", "{'nested': {'deep': [{'a': 1}]}}", "...", "1 if 2 else 3"]:
    try:
        v = ast.literal_eval(s)
        print(repr(s), "->", repr(v), type(v).__name__)
    except (ValueError, SyntaxError) as e:
        print(repr(s), type(e).__name__, str(e).split(" at 0x")[0])
config = "{'workers': 4, 'queues': ['a', 'b'], 'timeout': 2.5, 'debug': False}"
settings = ast.literal_eval(config)
print(settings["workers"] * 2, settings["queues"])
