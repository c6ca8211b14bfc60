#!/usr/bin/env python3
"""The CPython 3.11 oracle for notebook mode (`loopscope run --toplevel-await`).

    python3 tests/python/notebook/cpython_notebook.py SCRIPT.py > expected/SCRIPT.out

Compiles SCRIPT with PyCF_ALLOW_TOP_LEVEL_AWAIT, as a notebook or `python -m asyncio` does. A module
body that awaits is a coroutine: it runs as asyncio.run() runs its main (the main task of a new
loop; leftover tasks cancelled at its end). Any other script runs as usual. Under the virtual clock
of shared/conformance/vtime.py (unless the first line is "# realtime"), with random.seed(0) first
as `loopscope run --virtual-time` does.
"""
import ast
import asyncio
import inspect
import os
import random
import sys
import types

CONFORMANCE = os.environ.get('LOOPSCOPE_CONFORMANCE', '/work/shared/conformance')


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: python3 cpython_notebook.py SCRIPT.py')
    path = sys.argv[1]
    with open(path, encoding='utf-8') as f:
        source = f.read()
    if source.split('\n', 1)[0].strip() != '# realtime':
        sys.path.insert(0, CONFORMANCE)
        import vtime
        vtime.install()
        random.seed(0)
    code = compile(source, path, 'exec', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    module = types.ModuleType('__main__')
    module.__file__ = path
    sys.modules['__main__'] = module
    body = types.FunctionType(code, module.__dict__)
    if code.co_flags & inspect.CO_COROUTINE:
        asyncio.run(body())
    else:
        body()


if __name__ == '__main__':
    main()
