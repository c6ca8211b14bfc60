#!/usr/bin/env python3
"""Python engine benchmark: asyncio scripts through the Loopscope CLI against CPython's asyncio.

    python3 tools/bench_python.py [--runs N] [--no-wasm] [--wasm PATH.js ...] [--no-page] [--native PATH]

Runs each script of tests/bench/python/ (each prints nanoseconds per operation, timed inside the
script with time.perf_counter) through `build/native/bin/loopscope run`, through the wasm CLI under
node if it is built (`build/web/bin/loopscope.js`; `--wasm` names other builds, e.g. to compare two
toolchains in one invocation), in the playground page in headless Chromium if it is built
(`build/web/dist`, web/tests/bench_python_page.mjs: a fresh page per run, the script run as the Run
button runs it, in real time), and through this CPython, and prints the best of N runs with the
ratios (CPython's time over the engine's: above 1 the engine is faster). Nothing here asserts a
time: the goals are printed next to the figures (switches at least 3x faster than CPython 3.11,
since the loop is C++ and only coroutine bodies are interpreted; pure-Python code within 1.25x of
CPython's time, i.e. a ratio of at least 0.8). The runs of the engines are interleaved, so a burst
of load on a shared machine does not favour one of them.
Build first: `cmake --build --preset native --target loopscope_cli` (and `--preset web`).
"""
import argparse
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRIPTS = os.path.join(ROOT, "tests", "bench", "python")
NATIVE = os.path.join(ROOT, "build", "native", "bin", "loopscope")
WASM = os.path.join(ROOT, "build", "web", "bin", "loopscope.js")
PAGE_DIST = os.path.join(ROOT, "build", "web", "dist")
PAGE_RUNNER = os.path.join(ROOT, "web", "tests", "bench_python_page.mjs")

# script -> (what one operation is, goal as CPython's time over the engine's)
WORKLOADS = {
    "switch": ("sleep(0) switch among 1000 tasks", 3.0),
    "create_task": ("create_task + completion", None),
    "loop": ("for-loop iteration, main program", 0.8),
    "calls": ("Python call in a loop, in a function", 0.8),
}


def figure(cmd):
    """Nanoseconds per operation printed by one run, or None with the reason on stderr."""
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as e:
        print(f"  {' '.join(cmd)}: {e}", file=sys.stderr)
        return None
    if proc.returncode != 0:
        print(f"  {' '.join(cmd)}: exit {proc.returncode}: {proc.stderr.strip()[-300:]}", file=sys.stderr)
        return None
    try:
        return float(proc.stdout.split()[-1])
    except (IndexError, ValueError):
        print(f"  {' '.join(cmd)}: unexpected output {proc.stdout!r}", file=sys.stderr)
        return None


def best_of_interleaved(cmds, runs):
    """The best figure of each command over `runs` rounds, each round running every command once."""
    figures = [[] for _ in cmds]
    for _ in range(runs):
        for i, cmd in enumerate(cmds):
            f = figure(cmd)
            if f is not None:
                figures[i].append(f)
    return [min(f) if f else None for f in figures]


def goal_text(goal):
    if not goal:
        return ""
    if goal >= 1:
        return f"   >= {goal:.0f}x faster"
    return f"   within {1 / goal:.2f}x of CPython's time"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5, help="runs per figure (the best is kept)")
    ap.add_argument("--no-wasm", action="store_true", help="skip the wasm CLI under node")
    ap.add_argument("--wasm", action="append", default=[], metavar="PATH.js",
                    help="a wasm CLI build to run under node (repeatable; default build/web/bin/loopscope.js)")
    ap.add_argument("--no-page", action="store_true", help="skip the playground page in headless Chromium")
    ap.add_argument("--native", default=NATIVE, metavar="PATH", help=f"the native CLI (default {NATIVE})")
    args = ap.parse_args()
    if not os.path.exists(args.native):
        sys.exit(f"{args.native} is not built: cmake --preset native && cmake --build --preset native --target loopscope_cli")
    engines = [("native", [args.native, "run", "--step-limit", "600"])]
    node = shutil.which("node") or shutil.which("nodejs")
    wasm_builds = args.wasm or ([WASM] if os.path.exists(WASM) else [])
    if not args.no_wasm and node:
        for path in wasm_builds:
            if not os.path.exists(path):
                sys.exit(f"{path} is not built")
            # One build: "wasm"; several: named by their build directory (build/<dir>/bin/x.js).
            name = "wasm" if len(wasm_builds) == 1 else os.path.basename(os.path.dirname(os.path.dirname(os.path.abspath(path))))
            # The step watchdog is the page's guard, not part of the timed work.
            engines.append((name, [node, "--no-experimental-fetch", path, "run", "--step-limit", "600"]))
    if not args.no_page and node and os.path.exists(os.path.join(PAGE_DIST, "index.html")):
        engines.append(("page", [node, PAGE_RUNNER, "--dir", PAGE_DIST]))
    engines.append(("CPython", [sys.executable]))

    print(f"Python engine benchmark (best of {args.runs}; ns per operation; CPython {sys.version.split()[0]})")
    header = f"{'workload':40}" + "".join(f"{name:>10}" for name, _ in engines)
    header += "".join(f"{'CPy/' + name:>12}" for name, _ in engines[:-1]) + "   goal"
    print(header)
    for script, (what, goal) in WORKLOADS.items():
        path = os.path.join(SCRIPTS, script + ".py")
        results = best_of_interleaved([cmd + [path] for _, cmd in engines], args.runs)
        line = f"{what:40}" + "".join(f"{r:10.1f}" if r else f"{'-':>10}" for r in results)
        cpython = results[-1]
        for r in results[:-1]:
            line += f"{cpython / r:11.2f}x" if r and cpython else f"{'-':>12}"
        line += goal_text(goal)
        print(line, flush=True)


if __name__ == "__main__":
    main()
