#!/usr/bin/env python3
"""Checks the shape of the Python binding (runtime/python/README.md "Layout").

    python3 tests/python/check_binding_units.py [runtime/python]

A unit is a directory and a base name: asyncio/locks.{h,c,cpp} is the unit asyncio/locks,
port/interp.{h,c} the unit port/interp; a file named <unit>_<part> next to its unit's files is a
part of that unit (src/session_threads.cpp is the session's thread part). src/ is one unit, the
engine (the run's Session and the runtime objects it owns and drives); the binding's units sit
above it. Inside the engine, the same naming makes its own units (src/session, src/py_objects...).
Unit A depends on unit B when a file of A includes a header of B (resolved as the compiler does:
the including file's directory, then runtime/python and its port/ and src/). Checks, each printed
with what breaks it:

  * no circle between units (the halves of a unit meet through its own header), nor between the
    engine's units (what the runtime objects ask of the session goes through src/run_services.hpp);
  * no binding symbol (lsp_*, lsb_*) declared `extern` in a .c/.cpp file: one unit reaches
    another only through that unit's header;
  * every asyncio unit with a C file has its header (but module.c, which nobody includes), and every list the asyncio headers declare
    (LSP_ASYNCIO_GLOBALS_* ...) names its unit.

Exits 1 on a failure. Run by ctest as python_binding_units.
"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
EXTERN = re.compile(r'^\s*extern\s+(?:"C"\s+)?[^;{(]*\b(ls[pb]_\w+)\s*(?:\([^;{]*\))?\s*;', re.M)
LIST = re.compile(r'#define\s+LSP_(?:ASYNCIO_GLOBALS|ASYNCIO_EXCEPTIONS|LOOP_METHODS)_([A-Z0-9_]+)\(X\)')
DIRS = ("asyncio", "port", "src")
SOURCES = (".c", ".cpp", ".h", ".hpp")


def unit_of(root, path, engine_units=False):
    rel = os.path.splitext(os.path.relpath(path, root))[0]
    directory, name = os.path.split(rel)
    if directory == "src" and not engine_units:
        return "src (the engine)"
    if "_" in name:
        owner = name.split("_")[0]
        for ext in SOURCES:
            if os.path.isfile(os.path.join(root, directory, owner + ext)):
                return os.path.join(directory, owner)
    return rel


def resolve(root, including, name):
    for base in (os.path.dirname(including), root, os.path.join(root, "port"), os.path.join(root, "src")):
        candidate = os.path.normpath(os.path.join(base, name))
        if os.path.isfile(candidate) and os.path.relpath(candidate, root).split(os.sep)[0] in DIRS:
            return candidate
    return None  # MicroPython's, aio's, the standard library's or a generated header


def find_cycle(graph):
    state = {}
    stack = []

    def visit(node):
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                           os.path.join(os.path.dirname(__file__), "..", "..", "runtime", "python"))
    files = []
    for d in DIRS:
        for name in sorted(os.listdir(os.path.join(root, d))):
            if name.endswith(SOURCES):
                files.append(os.path.join(root, d, name))
    failures = []
    graph = {}
    engine = {}  # the engine's own units (src/)
    edges = 0
    for path in files:
        text = open(path, encoding="utf-8").read()
        unit = unit_of(root, path)
        graph.setdefault(unit, set())
        if unit == "src (the engine)":
            engine.setdefault(unit_of(root, path, True), set())
        for name in INCLUDE.findall(text):
            target = resolve(root, path, name)
            if target is None:
                continue
            other = unit_of(root, target)
            if other != unit:
                graph[unit].add(other)
                edges += 1
            elif unit == "src (the engine)":
                mine, theirs = unit_of(root, path, True), unit_of(root, target, True)
                engine.setdefault(mine, set())
                if theirs != mine:
                    engine[mine].add(theirs)
        if path.endswith((".c", ".cpp")):
            for symbol in EXTERN.findall(text):
                defined = re.search(r"MP_DEFINE_\w+\(\s*" + symbol + r"\b|\b" + symbol + r"\s*=[^=]", text)
                if defined:
                    continue  # a forward declaration of the file's own object
                failures.append(f"{os.path.relpath(path, root)}: declares {symbol} itself; include its unit's header")
    cycle = find_cycle(graph)
    if cycle:
        failures.append("include circle: " + " -> ".join(cycle))
    cycle = find_cycle(engine)
    if cycle:
        failures.append("include circle in the engine: " + " -> ".join(cycle))
    for path in files:
        rel = os.path.relpath(path, root)
        # module.c is the sink that assembles the module from every unit's lists: nobody includes it.
        if rel.startswith("asyncio" + os.sep) and path.endswith(".c") and rel != os.path.join("asyncio", "module.c"):
            if not os.path.isfile(os.path.splitext(path)[0] + ".h"):
                failures.append(f"{rel}: the unit has no header")
        if rel.startswith("asyncio" + os.sep) and path.endswith(".h"):
            unit = os.path.splitext(os.path.basename(path))[0].upper()
            for listed in LIST.findall(open(path, encoding="utf-8").read()):
                if listed != unit:
                    failures.append(f"{rel}: list {listed} should be named after its unit ({unit})")
    for f in failures:
        print("FAIL", f)
    print(f"{len(graph)} units ({len(engine)} in the engine), {edges} include edges between units, "
          f"{len(failures)} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
