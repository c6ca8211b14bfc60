# CPython 3.11's syntax error messages for the mistakes learners make (compile() of each source; the
# lines and carets of a script's own syntax error are checked in tests/python/test_language.cpp).
sources = [
    "x = (1,\ny = 2\n",
    "x = [1, 2\n\nz = 3\n",
    "d = {'a': 1,\n",
    "print('hi' 'x' a b)\n",
    "if x > 1\n    pass\n",
    "while x\n  pass\n",
    "def f()\n  pass\n",
    "class A\n  pass\n",
    "async def main()\n    pass\n",
    "s = 'abc\n",
    "s = '''abc\n\n",
    "if True:\npass\n",
    "def f():\nreturn 1\n",
    "for i in range(3):\nprint(i)\n",
    "while True:\nbreak\n",
    "try:\nx = 1\nexcept:\n  pass\n",
    "with open('f') as f:\npass\n",
    "class A:\ndef m(self): pass\n",
    "x = 1 +\n",
    "f(a b)\n",
    "x = [1 2 3]\n",
    "f(1, key=a b)\n",
    "x = (1, 2]\n",
    "x = 1)\n",
    "data = {\n  'a': [1,\n}\n",
    "x = 1\nx = = 2\n",
]
for source in sources:
    try:
        compile(source, "<demo>", "exec")
        print("compiled?", repr(source))
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.args[0]}")
